import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
def log = BuildLog.of(base).contains('2 archives created:')
assert log.count('Building the JRE for x86_64') == 1 : 'one container build serves both functions'
assert log.count('training: the function is ready for its first invocation') == 2 : 'one training start per handler'

['Hello': 'hello abc', 'Shout': 'ABC'].each { name, expected ->
    def zip = LambdaZip.open(base.resolve("target/lambda-packager/outputs/${name}/${name}.zip"))
    try {
        zip.checkLayout(62)
        def bootstrap = zip.text('bootstrap')
        assert bootstrap.contains("com.example.${name}\n")
        // One AOT cache per function, each zip with its own only.
        assert zip.names().findAll { it.endsWith('.aot') } == ["jre/lib/server/${name}.aot".toString()]
        assert PackagedBootstrap.invokeOnceInContainer(builderImageX86, 'linux/amd64',
                zip.unzipTo(base.resolve("target/task-${name}")), 'abc', '').response() == expected
    } finally {
        zip.close()
    }
}
return true
