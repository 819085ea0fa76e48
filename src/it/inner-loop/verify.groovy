import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap
import dev.lambdapackager.testkit.TaskRootContainer

def base = basedir.toPath()
def log = BuildLog.of(base)
assert log.count('Building the JRE for x86_64') == 1 : 'only the cold build links a JRE'
assert log.count('JRE cache hit: Java 17, modules java.base, application CDS archive') == 1 : 'build 2 is a hit'
assert log.count('Reusing the cached JRE: Java 17, modules java.base') == 1 : 'build 3 reuses the JRE'
assert log.count('Making the class data of the function\'s jars') == 2 : 'builds 1 and 3 train'
assert log.count('1 archive created:') == 3

def jar = { n ->
    new java.util.zip.ZipFile(base.resolve("out-${n}/Hello/Hello.zip").toFile()).withCloseable { z ->
        z.getInputStream(z.getEntry('lib/inner-loop-1.0.jar')).bytes
    }
}
assert jar(1) != jar(2) : 'the rebuilt jar differs in its bytes (entry times), yet build 2 hit'

[1: 'hello ', 2: 'hello ', 3: 'hi there, '].each { n, greeting ->
    def zipFile = base.resolve("out-${n}/Hello/Hello.zip")
    assert PackagedBootstrap.invokeZip(zipFile, base.resolve("target/task-${n}"), 'loop') == greeting + 'loop'
    // At /var/task, dated as Lambda's unzip dates them, the JVM maps the class data: -Xshare:on fails loudly when a
    // jar's path, size or time differs from the dump's (the hit of build 2 ships a jar the dump never saw).
    def zip = LambdaZip.open(zipFile)
    try {
        def task = zip.unzipTo(base.resolve("target/share-${n}"))
        def classpath = zip.text('bootstrap').find(/-cp "([^"]+)"/) { all, cp -> cp.replace('$LAMBDA_TASK_ROOT', '/var/task') }
        def result = TaskRootContainer.run(builderImageX86, 'linux/amd64', task, [:],
                ['/var/task/jre/bin/java', '-Xshare:on', '-XX:SharedArchiveFile=/var/task/jre/lib/server/app-cds.jsa',
                 '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xlog:class+load=info',
                 '-cp', classpath, 'com.example.Hello'], 120, TaskRootContainer.quiet())
        assert result.output().contains('com.example.Hello source: shared objects file') : result.output()
    } finally {
        zip.close()
    }
}
return true
