import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
BuildLog.of(base)
        .contains("Invalid project.build.outputTimestamp 'yesterday': use seconds since the epoch (e.g. 1795651200)"
                + ' or an ISO-8601 date-time with an offset (e.g. 2026-11-26T00:00:00Z), between 1980-01-01T00:00:02Z'
                + ' and 2107-12-31T23:59:59Z.')
        .contains('MojoFailureException')
        .lacks('IllegalArgumentException')
        .lacks('DateTimeParseException')
        .lacks('Building the JRE')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
