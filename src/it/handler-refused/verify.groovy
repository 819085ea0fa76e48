import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.contains('Handler class com.example.NoInterface of function Fn implements none of the handler interfaces'
        + ' (StreamingLambdaHandler, RequestStreamHandler, RequestHandler<I, O>)')
   .contains('Handler class com.example.Typed of function Fn uses RequestHandler of aws-lambda-java-core, which is in'
        + ' none of the function\'s 2 jars (a dependency in provided or test scope is left out of the zip). Add it in'
        + ' compile scope: <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-core</artifactId>'
        + '<version>1.4.0</version></dependency>')
   .contains('Handler class com.example.Typed of function Fn implements RequestHandler, so the runtime needs'
        + ' aws-lambda-java-serialization to bind its JSON, and it is in none of the function\'s 3 jars. Add it:'
        + ' <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-serialization</artifactId>'
        + '<version>1.4.1</version></dependency>')
   .lacks('Building the JRE')
assert log.count('BUILD FAILURE') == 3
(1..3).each { BuildLog.noZipIn(base.resolve("out-${it}")) }
return true
