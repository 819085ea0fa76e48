import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
def log = BuildLog.of(base)
assert log.count('Building the JRE for x86_64') == 1
log.matches('JRE cache hit: Java 25, modules java\\.base, AOT cache per function from .*jre-cache.* \\(no container needed; no Docker engine answered')
log.lacks('Cannot reach a Docker engine')
assert log.count('1 archive created:') == 2
assert PackagedBootstrap.invokeZipInContainer(builderImageX86, 'linux/amd64', base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'), base.resolve('target/task'),
        'cached') == 'hello cached'
return true
