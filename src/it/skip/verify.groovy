import dev.lambdapackager.testkit.BuildLog
import java.nio.file.Files

def base = basedir.toPath()
BuildLog.of(base).contains('Skipping Lambda packaging: lambda.skip=true').lacks('archive created')
assert !Files.exists(base.resolve('target/lambda-packager'))
return true
