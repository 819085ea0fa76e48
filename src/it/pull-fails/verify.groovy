import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
// The whole message on one line: the engine's reason, then what to do.
log.matches('Cannot pull builder image 127\\.0\\.0\\.1:9/lambda-packager/nothing:1 for linux/amd64: [^\\n]*connection refused'
                + '[^\\n]*\\. Check the image name and your network or registry login')
   .lacks('Error during callback')
   .lacks('Status 500')
   .lacks('at com.github.dockerjava')
   .lacks('Pull of ')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
