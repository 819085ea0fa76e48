import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
BuildLog.of(base)
        .contains('modules: leaving out java.desktop (excludeModules)')
        .contains('The function could not start in the builder container (handler com.example.Hello): ')
        .contains('class java.beans.Introspector of JDK module java.desktop, which is not in the linked JRE; it is in excludeModules: remove it from there.')
        .contains('[<additionalModules> (-Dlambda.additionalModules), <excludeModules> (-Dlambda.excludeModules)]')
        .lacks('archive created')
BuildLog.noZipIn(base.resolve('target/lambda-packager/outputs'))
return true
