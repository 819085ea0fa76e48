import dev.lambdapackager.testkit.BuildLog

// Both goals, a parameter with its property and default, and a description that once lost its
// angle-bracket text ("Writes //.zip.") in help output.
BuildLog.of(basedir.toPath())
        .contains('lambda:archive')
        .contains('lambda:help')
        .contains('builderImage')
        .contains('User property: lambda.builderImage')
        .contains('NAME/NAME.zip')
        .lacks('//.zip')
        .contains('BUILD SUCCESS')
return true
