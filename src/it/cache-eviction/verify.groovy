import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.PackagedBootstrap
import java.nio.file.Files

def base = basedir.toPath()
def log = BuildLog.of(base)
assert log.count('Building the JRE for x86_64') == 2
log.matches('Evicted .* to keep the cache under 90\\.0 MB')
log.matches('JRE cache hit: Java \\d+, modules java\\.base,java\\.logging')
def limit = 90L * 1024 * 1024
def total = 0L
Files.walk(base.resolve('jre-cache')).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) }.each { total += Files.size(it) }
}
assert total <= limit : "the cache holds ${total} bytes, over the limit of ${limit}"
assert PackagedBootstrap.invokeZipInContainer(builderImageX86, 'linux/amd64', base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'), base.resolve('target/task'),
        'evicted') == 'hello evicted'
return true
