import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains('Cannot reach a Docker engine at tcp://127.0.0.1:9 (from DOCKER_HOST)')
   .contains('start Docker')
   .lacks('[builder]')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
