import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
BuildLog.of(base).contains('1 archive created:')
def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    assert zip.text('config/app.properties') == 'greeting=hello\n'
    assert zip.mode('config/app.properties') == 0644
    assert zip.mode('wrapper.sh') == 0755 : 'an executable extra file stays executable'
    assert zip.names().contains('config/')
    assert PackagedBootstrap.invokeOnceInContainer(builderImageX86, 'linux/amd64',
            zip.unzipTo(base.resolve('target/task')), 'extra', '').response() == 'hello extra'
} finally {
    zip.close()
}
return true
