import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
BuildLog.of(base)
        .contains('Skipping Lambda packaging: lambda.skip=true')
        .contains('1 archive created:')
        .lacks('does not exist')
assert !base.resolve('core/target/core-1.0.jar').toFile().exists()
def zipFile = base.resolve('function/target/lambda-packager/outputs/Hello/Hello.zip')
def zip = LambdaZip.open(zipFile)
try {
    zip.checkLayout(62)
    assert zip.names().contains('lib/function-1.0.jar')
    assert zip.names().contains('lib/core-1.0.jar')
    def task = zip.unzipTo(base.resolve('function/target/task'))
    // At /var/task in a container of the builder image (its JRE needs that image's glibc, not the host's).
    assert PackagedBootstrap.invokeOnceInContainer(builderImageX86, 'linux/amd64', task, 'it', '').response() == 'core greets it'
} finally {
    zip.close()
}
return true
