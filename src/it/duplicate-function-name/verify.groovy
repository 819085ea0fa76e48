import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains("Function name 'hello' is given twice")
   .lacks('Building the JRE')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
