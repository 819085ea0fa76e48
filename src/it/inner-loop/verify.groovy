import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
def log = BuildLog.of(base)
assert log.count('Building the JRE for x86_64') == 1 : 'only the cold build links a JRE'
assert log.count('JRE cache hit: Java 25, modules java.base, AOT cache per function') == 1 : 'build 2 is a hit'
assert log.count('Reusing the cached JRE: Java 25, modules java.base') == 1 : 'build 3 reuses the JRE'
assert log.count('the jars refer to the same JDK packages as the last build\'s, so they need the same modules') == 1 :
        'build 3 needs no jdeps: its handler refers to the JDK packages build 1\'s did'
assert log.count('Making the class data of the function\'s jars') == 2 : 'builds 1 and 3 train'
assert log.count('1 archive created:') == 3

def jar = { n ->
    new java.util.zip.ZipFile(base.resolve("out-${n}/Hello/Hello.zip").toFile()).withCloseable { z ->
        z.getInputStream(z.getEntry('lib/inner-loop-1.0.jar')).bytes
    }
}
assert jar(1) != jar(2) : 'the rebuilt jar differs in its bytes (entry times), yet build 2 hit'

[1: 'hello ', 2: 'hello ', 3: 'hi there, '].each { n, greeting ->
    def zip = LambdaZip.open(base.resolve("out-${n}/Hello/Hello.zip"))
    try {
        // At /var/task, dated as Lambda's unzip dates them, the JVM maps the AOT cache (it refuses one whose jars
        // differ in path, size or time from the training run's: the hit of build 2 ships a jar the training never
        // saw) and takes the handler's class from it.
        def run = PackagedBootstrap.invokeOnceInContainer(builderImageX86, 'linux/amd64',
                zip.unzipTo(base.resolve("target/task-${n}")), 'loop', '-Xlog:aot=info -Xlog:class+load=info')
        assert run.response() == greeting + 'loop'
        assert run.output().contains('Opened AOT cache /var/task/jre/lib/server/Hello.aot') : run.output()
        assert run.output().contains('com.example.Hello source: shared objects file') : run.output()
    } finally {
        zip.close()
    }
}
return true
