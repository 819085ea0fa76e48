import dev.lambdapackager.testkit.BuildLog
import dev.lambdapackager.testkit.LambdaZip
import dev.lambdapackager.testkit.PodmanService

def base = basedir.toPath()
def properties = new Properties()
new File(basedir, 'invoker.properties').withInputStream { properties.load(it) }
def host = properties.getProperty('invoker.environmentVariables.DOCKER_HOST')

// The plugin used the engine DOCKER_HOST names, and that engine is Podman (prebuild.groovy checked /version).
BuildLog.of(base)
        .contains("Docker engine: ${host} (from DOCKER_HOST)")
        .contains('1 archive created:')
        .contains('[builder] JDK 25 at /usr/lib/jvm/java-25-openjdk-amd64 on x86_64')
        .contains('[builder] training: event 01-greet.json answered')
        .contains('[INFO] Invoking Hello (x86_64, 128 MB, timeout 15 s) in ' + builderImageX86)
        .contains('\nhello {"name":"podman"}\n')
        .matches('^\\[INFO\\] REPORT RequestId: [0-9a-f-]{36}\\tDuration: .*\\tInit Duration: [0-9.]+ ms$')

// Podman's own event log: it created the builder containers and the invoke sandbox, from the builder image.
def podman = PodmanService.at(host)
def since = new File(basedir, 'started-at.txt').text.trim() as long
def created = podman.containersCreated(since, ['dev.lambdapackager.builder=true': 2, 'dev.lambdapackager.sandbox=true': 1])
def builders = created['dev.lambdapackager.builder=true']
def sandboxes = created['dev.lambdapackager.sandbox=true']
assert builders.size() >= 2 : "Podman created ${builders.size()} builder containers (a JRE build and a training run expected): ${builders}"
assert sandboxes.size() >= 1 : "Podman created no sandbox container for lambda:invoke: ${sandboxes}"
(builders + sandboxes).each { assert it.endsWith(builderImageX86) : "a container from ${it}, not ${builderImageX86}" }

// The zip is complete: what it holds and where, the handler's jar, the AOT cache the training run made.
def zip = LambdaZip.open(base.resolve('target/lambda-packager/outputs/Hello/Hello.zip'))
try {
    zip.checkLayout(62)
    assert zip.names().contains('lib/podman-package-1.0.jar')
    assert zip.names().contains('jre/lib/server/Hello.aot')
    assert zip.text('bootstrap').contains('com.example.Hello')
} finally {
    zip.close()
}
return true
