import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
BuildLog.of(base)
        .contains('Builder image lambda-packager/no-such-builder:1 is not in the Docker engine at ')
        .contains('and Maven runs in offline mode (-o), which never pulls. Run the build once without -o to pull it,'
                + ' or load it yourself (`docker pull --platform linux/amd64 lambda-packager/no-such-builder:1` or `docker load`).')
        .lacks('Pulling')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
