import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains("Function name 'hello world!' is not a valid Lambda function name: use 1 to 64 letters, digits, '-' or '_'.")
   .lacks('Building the JRE')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
