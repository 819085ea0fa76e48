import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
BuildLog.of(base)
        .contains('The function could not start in the builder container (handler com.example.Hello): its own initialisation threw (Runtime.HandlerConstructorError:')
        .contains('TABLE_NAME is not set')
        .contains('The builder container has no network and no AWS credentials')
        .contains('[<initFailure> (-Dlambda.initFailure)]')
        .lacks('archive created')
        .lacks('\tat dev.lambdapackager')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
