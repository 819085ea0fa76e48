import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
BuildLog.of(base)
        .contains("Function name 'hello.app' is not a valid Lambda function name")
        .contains('[<functionName> (-Dlambda.functionName)]')
        .contains('The name is the artifactId, the default of <functionName> (-Dlambda.functionName)')
        .lacks('<functions>')
        .lacks('Building the JRE')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
