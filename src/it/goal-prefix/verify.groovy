import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
BuildLog.of(base).contains('--- lambda-packager-maven-plugin:').contains(':archive (default-cli) @ goal-prefix ---').contains('1 archive created:')
def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/goal-prefix/goal-prefix.zip'))
try {
    zip.checkLayout(62)
    assert PackagedBootstrap.invokeOnce(zip.unzipTo(base.resolve('target/task')), 'prefix') == 'hello prefix'
} finally {
    zip.close()
}
return true
