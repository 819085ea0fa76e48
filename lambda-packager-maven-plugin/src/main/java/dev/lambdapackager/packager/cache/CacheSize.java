package dev.lambdapackager.packager.cache;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cache size limit as a user writes it: a number of bytes, or a number with a unit — {@code 2GB}, {@code 500MB},
 * {@code 1.5G}, {@code 750 MiB}, {@code 1048576}. Units are binary (a KB is 1024 bytes), as in the JVM's
 * {@code -Xmx2g} and in what {@code du -h} prints, so a limit compares directly with what a user measures.
 *
 * @param bytes the limit in bytes, positive
 */
public record CacheSize(long bytes) {

    /** The default limit: room for some 30 JREs of about 63 MB (see the README for the reasoning). */
    public static final String DEFAULT = "2GB";

    private static final Pattern SYNTAX =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGT]?)(I?B)?", Pattern.CASE_INSENSITIVE);

    public CacheSize {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a cache size must be positive, not " + bytes + " bytes");
        }
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException quoting the text and saying what is accepted
     */
    public static CacheSize parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = SYNTAX.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + trimmed + "' is not a size; write a number of bytes or a number with"
                            + " a unit, e.g. 2GB, 500MB, 1.5G (units are binary: 1 KB = 1024 bytes)");
        }
        int shift =
                switch (m.group(2).toUpperCase(Locale.ROOT)) {
                    case "K" -> 10;
                    case "M" -> 20;
                    case "G" -> 30;
                    case "T" -> 40;
                    default -> 0;
                };
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1L << shift));
        if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException(
                    "'" + trimmed + "' is not a usable cache size; give a positive size such as 2GB");
        }
        return new CacheSize(bytes.longValue());
    }

    @Override
    public String toString() {
        return Sizes.human(bytes);
    }
}
