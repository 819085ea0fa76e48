package dev.lambdapackager.packager.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class names in a set of jars, read from their entries — no class is loaded, no code runs. Used to check
 * that each handler exists before a container is started, and to suggest what was meant when it does not.
 */
public final class ClassIndex {

    private static final Pattern VERSIONED = Pattern.compile("META-INF/versions/\\d+/");
    private static final int MAX_SUGGESTIONS = 5;

    private final Set<String> classNames;

    private ClassIndex(Set<String> classNames) {
        this.classNames = classNames;
    }

    /** Reads the class names of {@code jars}. */
    public static ClassIndex of(List<Path> jars) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    String entry = VERSIONED.matcher(e.nextElement().getName()).replaceFirst("");
                    if (entry.endsWith(".class")
                            && !entry.endsWith("module-info.class")
                            && !entry.endsWith("package-info.class")) {
                        names.add(entry.substring(0, entry.length() - ".class".length())
                                .replace('/', '.'));
                    }
                }
            }
        }
        return new ClassIndex(names);
    }

    /** Whether a class (Java name) is in one of the jars. */
    public boolean contains(String className) {
        return classNames.contains(className);
    }

    /**
     * Up to five classes that were probably meant: same simple name in another package, or a name a few
     * keystrokes away; closest first.
     */
    public List<String> nearMatches(String className) {
        String simple = simpleName(className).toLowerCase(Locale.ROOT);
        return classNames.stream()
                .filter(name -> !name.contains("$"))
                .map(name -> new Object[] {name, distance(name, className, simple)})
                .filter(pair -> (int) pair[1] <= Math.max(3, className.length() / 4))
                .sorted(Comparator.comparingInt((Object[] pair) -> (int) pair[1])
                        .thenComparing(pair -> (String) pair[0]))
                .limit(MAX_SUGGESTIONS)
                .map(pair -> (String) pair[0])
                .toList();
    }

    private static int distance(String candidate, String wanted, String wantedSimpleLower) {
        if (simpleName(candidate).toLowerCase(Locale.ROOT).equals(wantedSimpleLower)) {
            return 0;
        }
        return levenshtein(candidate.toLowerCase(Locale.ROOT), wanted.toLowerCase(Locale.ROOT));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
