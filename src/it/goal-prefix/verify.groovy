import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
BuildLog.of(base).contains('--- lambda-packager-maven-plugin:').contains(':archive (default-cli) @ goal-prefix ---').contains('1 archive created:')
assert PackagedBootstrap.invokeZipInContainer(builderImageX86, 'linux/amd64', base.resolve('target/lambda-packager/outputs/goal-prefix/goal-prefix.zip'),
        base.resolve('target/task'), 'prefix') == 'hello prefix'
return true
