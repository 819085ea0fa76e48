import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains('Builder image lambda-packager/no-such-builder:1 is not in the Docker engine')
   .contains("the pull policy is 'never'")
   .contains('<builderImage> (-Dlambda.builderImage)')
   .lacks('Pulling')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
