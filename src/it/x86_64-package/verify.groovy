import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
BuildLog.of(base)
        .contains('1 archive created:')
        .matches('target/lambda-packager/outputs/Hello/Hello\\.zip \\([0-9.]+ MB; [0-9.]+ MB unzipped\\)')
        .contains('Building the JRE for x86_64')

def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    assert zip.names().contains('lib/hello-1.0.jar')
    assert zip.names().contains('jre/lib/server/app-cds.jsa')
    assert zip.text('bootstrap').contains('com.example.Hello')
    def task = zip.unzipTo(base.resolve('target/task'))
    // The real thing: the packaged JVM and runtime answer an invocation from a loopback Runtime API.
    def response = PackagedBootstrap.invokeOnceInContainer(builderImageX86, 'linux/amd64', task, '{"name":"it"}', '').response()
    assert response == 'hello {"name":"it"}'
} finally {
    zip.close()
}
def installed = new File(localRepositoryPath, 'dev/lambdapackager/it/hello/1.0/hello-1.0-Hello.zip').toPath()
assert LambdaZip.sha256(installed) == LambdaZip.sha256(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
return true
