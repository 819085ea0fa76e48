import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
BuildLog.of(base)
        .contains('1 archive created:')
        .matches('target/lambda-packager/outputs/Hello/Hello\\.zip \\([0-9.]+ MB; [0-9.]+ MB unzipped\\)')
        .contains('Building the JRE for x86_64')
        .contains('[builder] JDK 25 at /usr/lib/jvm/java-25-openjdk-amd64 on x86_64')
        .contains('[builder] training: event 01-greet.json answered')
        // A training event whose handler throws is logged and the build goes on.
        .matches('\\[WARNING\\] \\[builder\\] training event 02-fails\\.json: the handler failed.*no greeting for a failure.*')
        .contains('AOT cache per function')

def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    assert zip.names().contains('lib/hello-1.0.jar')
    assert zip.names().contains('jre/lib/server/Hello.aot')
    assert !zip.names().contains('jre/lib/server/app-cds.jsa') : 'JDK 25 makes an AOT cache, not a CDS archive'
    assert zip.text('bootstrap').contains('-XX:AOTCache="$LAMBDA_TASK_ROOT/jre/lib/server/Hello.aot"')
    assert zip.text('bootstrap').contains('com.example.Hello')
    def task = zip.unzipTo(base.resolve('target/task'))
    // The real thing: the packaged JVM and runtime answer an invocation from a loopback Runtime API, at /var/task in
    // a container as on Lambda; the JVM's own logging says that it mapped the AOT cache and took the handler's class
    // from it (which it only does when the class path's paths, sizes and times match the training run's).
    def run = PackagedBootstrap.invokeOnceInContainer(builderImageX86, 'linux/amd64', task, '{"name":"it"}',
            '-Xlog:aot=info -Xlog:class+load=info')
    assert run.response() == 'hello {"name":"it"}'
    assert run.output().contains('Opened AOT cache /var/task/jre/lib/server/Hello.aot') : run.output()
    assert run.output().contains('com.example.Hello source: shared objects file') : run.output()
} finally {
    zip.close()
}
def installed = new File(localRepositoryPath, 'dev/lambdapackager/it/hello/1.0/hello-1.0-Hello.zip').toPath()
assert LambdaZip.sha256(installed) == LambdaZip.sha256(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
return true
