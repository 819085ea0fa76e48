import java.net.StandardProtocolFamily
import java.net.UnixDomainSocketAddress
import java.nio.channels.ServerSocketChannel
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest

// Sockets live in a short folder of their own: a unix socket path may not exceed 107 bytes.
def sockets = Files.createTempDirectory('lp-ctx')
def live = Files.createSymbolicLink(sockets.resolve('live.sock'), Path.of('/var/run/docker.sock'))
def stopped = sockets.resolve('stopped.sock')
ServerSocketChannel.open(StandardProtocolFamily.UNIX).withCloseable { it.bind(UnixDomainSocketAddress.of(stopped)) }

def config = basedir.toPath().resolve('docker-config')
[live: live, stopped: stopped].each { name, socket ->
    def hash = MessageDigest.getInstance('SHA-256').digest(name.getBytes('UTF-8')).encodeHex().toString()
    def meta = Files.createDirectories(config.resolve('contexts/meta').resolve(hash))
    Files.writeString(meta.resolve('meta.json'), """{"Name":"${name}","Metadata":{},"Endpoints":{"docker":{"Host":"unix://${socket}","SkipTLSVerify":false}}}""".toString())
}
Files.writeString(basedir.toPath().resolve('sockets.txt'), sockets.toString())
return true
