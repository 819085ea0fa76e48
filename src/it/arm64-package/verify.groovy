import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.TaskRootContainer

def base = basedir.toPath()
BuildLog.of(base)
        .contains('Building the JRE for arm64')
        .contains('[builder] JDK 25 at /usr/lib/jvm/java-25-openjdk-arm64 on aarch64')
        .contains('AOT cache per function')
        .contains('1 archive created:')

def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(183)
    assert zip.names().contains('jre/lib/server/Hello.aot')
    def task = zip.unzipTo(base.resolve('target/task'))
    // In an arm64 container with the files at /var/task dated as Lambda's unzip dates them, the JVM maps the
    // AOT cache (-XX:AOTMode=on fails loudly when jar paths, sizes or times do not match).
    def classpath = zip.text('bootstrap').find(/-cp "([^"]+)"/) { all, cp -> cp.replace('$LAMBDA_TASK_ROOT', '/var/task') }
    def result = TaskRootContainer.run(builderImageArm64, 'linux/arm64', task, [:],
            ['/var/task/jre/bin/java', '-XX:AOTMode=on', '-XX:AOTCache=/var/task/jre/lib/server/Hello.aot',
             '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xlog:aot=info',
             '-cp', classpath, '-version'], 300, TaskRootContainer.quiet())
    assert result.exitCode() == 0 : result.output()
    assert result.output().contains('Opened AOT cache /var/task/jre/lib/server/Hello.aot') : result.output()
} finally {
    zip.close()
}
// lambda:invoke found the zip's architecture in the zip and ran it in a linux/arm64 sandbox.
BuildLog.of(base)
        .contains('[INFO] Invoking Hello (arm64, 128 MB, timeout 120 s) in ' + builderImageArm64)
        .contains('\nhello {}\n')
        .matches('\\[INFO\\] REPORT RequestId: [0-9a-f-]{36}\tDuration: [0-9.]+ ms\tBilled Duration: [0-9]+ ms\tMemory Size: 128 MB'
                + '\tMax Memory Used: [0-9]+ MB\tInit Duration: [0-9.]+ ms')
return true
