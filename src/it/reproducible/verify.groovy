import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
def log = BuildLog.of(base)
assert log.count('Building the JRE for x86_64') == 3 : 'builds 1, 3 and 4 link a JRE; build 2 uses the cache'
log.contains('JRE cache hit')
def sha = { n -> LambdaZip.sha256(base.resolve("out-${n}/Hello/Hello.zip")) }
assert sha(1) == sha(2) : 'two clean builds with the same JRE give the same bytes'
assert sha(3) == sha(4) : 'two cold builds without CDS give the same bytes'
assert sha(1) != sha(3) : 'the CDS archive is really in the first zips'
[1, 3].each { n ->
    assert PackagedBootstrap.invokeZipInContainer(builderImageX86, 'linux/amd64', base.resolve("out-${n}/Hello/Hello.zip"), base.resolve("target/task-${n}"), 'same') == 'hello same'
}
return true
