import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains('Handler class com.example.Helo of function Hello is in none of the function\'s 2 jars. Did you mean: com.example.Hello?')
   .contains('<functions><function><name>/<handler>')
   .lacks('Building the JRE')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
