import dev.lambdapackager.testkit.PodmanService

// The socket invoker.properties gives the build, so that the check and the build cannot name different engines.
def properties = new Properties()
new File(basedir, 'invoker.properties').withInputStream { properties.load(it) }
def podman = PodmanService.at(properties.getProperty('invoker.environmentVariables.DOCKER_HOST'))
assert podman.hasImage(builderImageX86) : "Podman at ${podman.host()} has no ${builderImageX86}, and nothing can be " +
        "pulled here: run `sudo scripts/test-env.sh up` (it copies the image from the Docker engine), or " +
        "`docker save ${builderImageX86} | podman load`."
// verify.groovy asks Podman which containers it created from this second on.
new File(basedir, 'started-at.txt').text = String.valueOf(System.currentTimeMillis().intdiv(1000) - 1)
return true
