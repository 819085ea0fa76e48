import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains('is linux/amd64, but architecture arm64 needs a linux/arm64 image')
   .contains('<architecture> (-Dlambda.architecture)')
   .lacks('[builder]')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
