import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
log.matches('The build script in builder image \\S+ exited with code [1-9][0-9]*\\. Its last lines:')
   .contains('no.such.module')
   .contains('<additionalModules> (-Dlambda.additionalModules)')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
