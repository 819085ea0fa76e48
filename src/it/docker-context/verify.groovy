import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.PackagedBootstrap
import java.nio.file.Path

def base = basedir.toPath()
def sockets = java.nio.file.Files.readString(base.resolve('sockets.txt')).trim()
def log = BuildLog.of(base)
log.contains("Docker engine: unix://${sockets}/live.sock (docker context 'live' from DOCKER_CONTEXT)")
assert log.count('Building the JRE for x86_64') == 1
log.contains("JRE cache hit: ").contains("(no container needed; no Docker engine answered at unix://${sockets}/stopped.sock"
        + " (docker context 'stopped' from DOCKER_CONTEXT), so the builder image was not compared with the one it was built in)")
assert PackagedBootstrap.invokeZipInContainer(builderImageX86, 'linux/amd64', base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'), base.resolve('target/task'),
        'context') == 'hello context'
new File(sockets).deleteDir()
return true
