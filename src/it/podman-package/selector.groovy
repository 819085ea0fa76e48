// -Dlambda.it.podman=false leaves this IT out (the invoker reports it as skipped), for machines without Podman.
// Otherwise it runs, and fails in prebuild.groovy with what to do when no Podman answers: never a silent pass.
return podmanIt != 'false'
