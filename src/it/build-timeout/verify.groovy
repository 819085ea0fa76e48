import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains('The build in the container did not finish within 2 s and was stopped.')
   .contains('<buildTimeout> (-Dlambda.buildTimeout)')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
