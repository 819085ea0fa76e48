import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains('do not include the streaming runtime that bootstrap starts. Add this dependency')
   .contains('<artifactId>lambda-streaming-runtime</artifactId>')
   .lacks('Building the JRE')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
