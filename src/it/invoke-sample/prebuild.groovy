import java.net.InetSocketAddress
import java.net.UnixDomainSocketAddress
import java.nio.ByteBuffer
import java.nio.channels.ServerSocketChannel
import java.nio.channels.SocketChannel

// The engine over TCP on loopback: a relay from 127.0.0.1:<free port> to the engine's unix socket, so the build
// reaches the engine as it would a remote one (no shared file system: bind mounts would fail). It records the
// start of what the plugin sends, for verify.groovy. The shared engine itself is left as it is.
def socketPath = (System.getenv('DOCKER_HOST') ?: 'unix:///var/run/docker.sock').replaceFirst('^unix://', '')
def server = ServerSocketChannel.open().bind(new InetSocketAddress('127.0.0.1', 0))
def port = server.socket().localPort
def traffic = new File(basedir, 'engine-requests.txt')
traffic.text = ''
System.getProperties().put('invoke-sample.relay', server)

def pump = { SocketChannel from, SocketChannel to, boolean record ->
    def buffer = ByteBuffer.allocate(65536)
    long recorded = 0
    try {
        while (from.read(buffer) >= 0) {
            buffer.flip()
            if (record && recorded < 65536) {
                def bytes = new byte[Math.min(buffer.remaining(), (int) (65536 - recorded))]
                buffer.duplicate().get(bytes)
                synchronized (traffic) { traffic.append(new String(bytes, 'ISO-8859-1'), 'ISO-8859-1') }
                recorded += bytes.length
            }
            while (buffer.hasRemaining()) {
                to.write(buffer)
            }
            buffer.clear()
        }
        to.shutdownOutput()
    } catch (IOException ignored) {
        // One side closed; the other follows.
    }
}
Thread.startDaemon('tcp-relay') {
    try {
        while (true) {
            SocketChannel client = server.accept()
            SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(socketPath))
            Thread.startDaemon { pump(client, engine, true); }
            Thread.startDaemon { pump(engine, client, false); client.close(); engine.close() }
        }
    } catch (IOException ignored) {
        // verify.groovy closed the server.
    }
}
new File(basedir, '.mvn').mkdirs()
// docker-java reads DOCKER_HOST from system properties as from the environment.
new File(basedir, '.mvn/maven.config').text = "-DDOCKER_HOST=tcp://127.0.0.1:${port}\n"
return true
