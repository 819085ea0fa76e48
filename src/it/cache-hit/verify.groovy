import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
def log = BuildLog.of(base)
assert log.count('Building the JRE for x86_64') == 1
log.matches('JRE cache hit: Java 17, modules java\\.base, application CDS archive from .*jre-cache.* \\(no container needed\\)')
log.lacks('Cannot reach a Docker engine')
assert log.count('1 archive created:') == 2
def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    assert PackagedBootstrap.invokeOnce(zip.unzipTo(base.resolve('target/task')), 'cached') == 'hello cached'
} finally {
    zip.close()
}
return true
