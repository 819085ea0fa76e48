import dev.lambdapackager.testkit.EngineTcpRelay

// The engine over TCP on loopback, as a remote engine is reached: no shared file system, so the build works only
// if nothing needs a bind mount. verify.groovy reads what went through and stops the relay.
def relay = EngineTcpRelay.start(EngineTcpRelay.engineSocket(), new File(basedir, 'engine-requests.txt').toPath())
System.getProperties().put('invoke-sample.relay', relay)
new File(basedir, '.mvn').mkdirs()
// docker-java reads DOCKER_HOST from system properties as from the environment.
new File(basedir, '.mvn/maven.config').text = "-DDOCKER_HOST=${relay.dockerHost()}\n"
return true
