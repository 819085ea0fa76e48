import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.PackagedBootstrap

def base = basedir.toPath()
def log = BuildLog.of(base)
assert log.count('Building the JRE for x86_64') == 2
assert log.count('Discarded the damaged cache entry') == 1
log.matches('WARNING\\] Discarded the damaged cache entry .*jre-cache.* \\(.*jre\\.zip has 1000 bytes instead of \\d+\\); it will be built again')
   .lacks('Cannot write the Lambda zips')
assert log.count('1 archive created:') == 2
assert PackagedBootstrap.invokeZipInContainer(builderImageX86, 'linux/amd64', base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'), base.resolve('target/task'),
        'rebuilt') == 'hello rebuilt'
return true
