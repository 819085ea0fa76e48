import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
BuildLog.of(base)
        .contains('modules: leaving out java.desktop (excludeModules)')
        .contains('modules: added jdk.crypto.ec')
        .contains('1 archive created:')
def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Buckets/Buckets.zip'))
try {
    zip.checkLayout(62)
    assert zip.names().any { it.startsWith('lib/s3-') }
    assert zip.names().any { it.startsWith('lib/url-connection-client-') }
    assert !zip.names().any { it.startsWith('lib/apache-client-') }
    def modules = zip.text('jre/release')
    assert modules.contains('jdk.crypto.ec')
    assert !modules.contains('java.desktop')
    def task = zip.unzipTo(base.resolve('target/task'))
    def response = PackagedBootstrap.invokeOnce(task, '{"bucket":"it"}')
    assert response == '{"input":{"bucket":"it"},"buckets":"ec-only-TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"}'
} finally {
    zip.close()
}
return true
