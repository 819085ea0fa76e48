import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
BuildLog.of(base)
        .contains('[builder] JDK 21 at /usr/lib/jvm/java-21-openjdk-amd64 on x86_64')
        .contains('application CDS archive')
        .contains('[WARNING] [builder] JDK 21 cannot make an AOT cache (JDK 25 or later can')
        .contains('1 archive created:')

def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    assert zip.names().contains('jre/lib/server/app-cds.jsa')
    assert !zip.names().any { it.endsWith('.aot') } : 'no AOT cache from a JDK before 25'
    def task = zip.unzipTo(base.resolve('target/task'))
    // Run from /var/task as on Lambda; the JVM logs where the handler's class came from: from the archive only if
    // it matched the class path (paths, jar sizes and times).
    def run = PackagedBootstrap.invokeOnceInContainer(builderImageX86Jdk21, 'linux/amd64', task, 'cds',
            '-Xlog:class+load=info')
    assert run.response() == 'hello cds'
    assert run.output().contains('com.example.Hello source: shared objects file') : run.output()
} finally {
    zip.close()
}
return true
