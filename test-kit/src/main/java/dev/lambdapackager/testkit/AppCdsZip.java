package dev.lambdapackager.testkit;

import java.nio.file.Path;

/**
 * The checks of a function packaged with a builder JDK older than 25 (the {@code jdk17-app-cds} and
 * {@code jdk21-app-cds} ITs): the build said which JDK it used and that it made an application CDS archive instead of
 * an AOT cache, the zip holds that archive and no AOT cache, and the handler's class comes from the archive when the
 * zip runs from {@code /var/task} (so the archive matched the class path: paths, jar sizes and times).
 */
public final class AppCdsZip {

    private AppCdsZip() {}

    /**
     * Checks the IT in {@code basedir}, whose function {@code Hello} answers {@code hello <payload>}, built with the
     * x86_64 builder image {@code image} of JDK {@code feature}.
     */
    public static void check(Path basedir, int feature, String image) throws Exception {
        BuildLog.of(basedir)
                .contains("[builder] JDK " + feature + " at /usr/lib/jvm/java-" + feature + "-openjdk-amd64 on x86_64")
                .contains("application CDS archive")
                .contains("[WARNING] [builder] JDK " + feature + " cannot make an AOT cache (JDK 25 or later can")
                .contains("1 archive created:");
        try (LambdaZip zip = LambdaZip.open(basedir.resolve("target/lambda-packager/outputs/Hello/Hello.zip"))) {
            zip.checkLayout(62);
            if (!zip.names().contains("jre/lib/server/app-cds.jsa")) {
                throw new AssertionError("no jre/lib/server/app-cds.jsa in the zip: " + zip.names());
            }
            if (zip.names().stream().anyMatch(name -> name.endsWith(".aot"))) {
                throw new AssertionError("an AOT cache from JDK " + feature + " (only 25 or later can make one)");
            }
            Path task = zip.unzipTo(basedir.resolve("target/task"));
            PackagedBootstrap.ContainerInvocation run =
                    PackagedBootstrap.invokeOnceInContainer(image, "linux/amd64", task, "cds", "-Xlog:class+load=info");
            if (!run.response().equals("hello cds")) {
                throw new AssertionError("the function answered " + run.response() + ", not hello cds");
            }
            if (!run.output().contains("com.example.Hello source: shared objects file")) {
                throw new AssertionError("com.example.Hello was not loaded from the CDS archive:\n" + run.output());
            }
        }
    }
}
