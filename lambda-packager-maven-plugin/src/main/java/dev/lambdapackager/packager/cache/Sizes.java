package dev.lambdapackager.packager.cache;

import java.util.Locale;

/** Byte counts for messages, in the binary units {@link CacheSize} accepts. */
final class Sizes {

    private Sizes() {}

    static String human(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
