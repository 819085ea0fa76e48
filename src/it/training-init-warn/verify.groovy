import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip

def base = basedir.toPath()
BuildLog.of(base)
        .contains('[WARNING] The function could not start in the builder container (handler com.example.Hello): its own initialisation threw (Runtime.HandlerConstructorError:')
        .contains('TABLE_NAME is not set')
        .contains('(packaged anyway: initFailure is warn)')
        .contains('application CDS archive')
        .contains('1 archive created:')
def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    assert zip.names().contains('jre/lib/server/app-cds.jsa')
} finally {
    zip.close()
}
return true
