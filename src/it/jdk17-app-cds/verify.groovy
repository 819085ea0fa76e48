import dev.lambdapackager.testkit.AppCdsZip

// The build log, the zip and a run from /var/task: see AppCdsZip.
AppCdsZip.check(basedir.toPath(), 17, builderImageX86Jdk17)
return true
