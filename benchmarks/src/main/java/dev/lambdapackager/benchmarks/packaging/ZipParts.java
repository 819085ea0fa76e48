package dev.lambdapackager.benchmarks.packaging;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Prints, for a Lambda zip, zipped and unzipped bytes per part (the JVM, the modules image, the class-data archive, the
 * rest of the JRE, the jars, bootstrap) as Markdown rows: {@code | part | zipped MB | unzipped MB |}.
 */
public final class ZipParts {

    private ZipParts() {}

    public static void main(String[] args) throws IOException {
        Map<String, long[]> parts = new LinkedHashMap<>();
        for (String part : new String[] {
            "jre/lib/server/libjvm.so",
            "jre/lib/modules",
            "class-data archive (.jsa or .aot)",
            "rest of jre/",
            "lib/ (jars)",
            "bootstrap",
            "total"
        }) {
            parts.put(part, new long[2]);
        }
        try (ZipFile zip = new ZipFile(args[0])) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                String part = name.equals("jre/lib/server/libjvm.so") || name.equals("jre/lib/modules")
                        ? name
                        : name.endsWith(".jsa") || name.endsWith(".aot")
                                ? "class-data archive (.jsa or .aot)"
                                : name.startsWith("jre/")
                                        ? "rest of jre/"
                                        : name.startsWith("lib/")
                                                ? "lib/ (jars)"
                                                : name.equals("bootstrap") ? "bootstrap" : "other";
                long[] sizes = parts.computeIfAbsent(part, p -> new long[2]);
                sizes[0] += entry.getCompressedSize();
                sizes[1] += entry.getSize();
                parts.get("total")[0] += entry.getCompressedSize();
                parts.get("total")[1] += entry.getSize();
            }
        }
        parts.forEach((part, sizes) ->
                System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f |%n", part, sizes[0] / 1e6, sizes[1] / 1e6));
    }
}
