import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip

def base = basedir.toPath()
BuildLog.of(base)
        .contains('[WARNING] [builder] training start of com.example.Hello failed during init; its AOT cache covers the classes loaded until then.')
        .contains('TABLE_NAME is not set')
        .contains('AOT cache per function')
        .contains('1 archive created:')
def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    assert zip.names().contains('jre/lib/server/Hello.aot')
} finally {
    zip.close()
}
return true
