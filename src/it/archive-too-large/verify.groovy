import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
BuildLog.of(base)
        .matches('Function Hello unzips to [0-9]{3}\\.[0-9] MB, over Lambda\'s limit of 250 MiB \\(262\\.1 MB\\)\\. The biggest parts: data/ 270\\.0 MB, jre/')
        .contains('the biggest files: data/big.bin 270.0 MB')
        .contains('<additionalModules> (-Dlambda.additionalModules), <extraFilesDirectory> (-Dlambda.extraFilesDirectory)')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
assert !base.resolve('target/lambda-packager/work').toFile().list().any { it.endsWith('.zip') || it.endsWith('.tmp') }
return true
