import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
BuildLog.of(base)
        .contains("Invalid <cacheMaxSize> (-Dlambda.cacheMaxSize): 'lots' is not a size; write a number of bytes or a number with a unit, e.g. 2GB, 500MB")
        .lacks('Building the JRE')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
