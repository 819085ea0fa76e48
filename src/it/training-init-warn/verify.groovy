import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip

def base = basedir.toPath()
BuildLog.of(base)
        .contains('[WARNING] The function could not start in the builder container (handler com.example.Hello): its own initialisation threw (Runtime.HandlerConstructorError:')
        .contains('TABLE_NAME is not set')
        .contains('(packaged anyway: initFailure is warn)')
        .contains('1 archive created:')
def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    // The class data covers what was loaded until the failure: an AOT cache (JDK 25 builder) or a CDS archive.
    assert zip.names().contains('jre/lib/server/Hello.aot') || zip.names().contains('jre/lib/server/app-cds.jsa')
} finally {
    zip.close()
}
return true
