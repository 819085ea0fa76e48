import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
// Split as a shell would: -Xss512k and the quoted property pass, the unknown flag is named on its own.
BuildLog.of(base)
        .contains("The function's JVM refuses its options: Unrecognized VM option 'UseShinyGC'. Fix or remove that flag in the JVM options.")
        .contains('[<jvmOptions> (-Dlambda.jvmOptions)]')
        .lacks('Invalid thread stack size')
        .lacks('archive created')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
