package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.packager.model.PackagerListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Classes that more than one jar of {@code lib/} holds. A jar whose classes are all in another jar (the dependencies
 * next to a shaded uber jar made from them, or the same jar twice) adds only size and a class-path order question:
 * it is left out. Jars that only share some classes stay, with a warning: the first on the class path wins, which
 * may not be the version meant.
 */
final class JarOverlap {

    private static final int EXAMPLES = 3;

    private final List<JarInput> kept;
    private final Map<JarInput, JarInput> leftOut;
    private final List<String> sharing;

    private JarOverlap(List<JarInput> kept, Map<JarInput, JarInput> leftOut, List<String> sharing) {
        this.kept = kept;
        this.leftOut = leftOut;
        this.sharing = sharing;
    }

    /** Reads the class names of every jar (entries only; {@code META-INF/} and module-info do not count). */
    static JarOverlap of(List<JarInput> jars) throws IOException {
        List<Set<String>> classes = new ArrayList<>();
        for (JarInput jar : jars) {
            classes.add(classNames(jar));
        }
        Map<JarInput, JarInput> leftOut = new LinkedHashMap<>();
        for (int i = 0; i < jars.size(); i++) {
            for (int j = 0; j < jars.size() && !leftOut.containsKey(jars.get(i)); j++) {
                if (i == j || leftOut.containsKey(jars.get(j)) || classes.get(i).isEmpty()) {
                    continue;
                }
                boolean contained = classes.get(j).containsAll(classes.get(i));
                // Of two jars with the same classes, the first on the class path stays.
                boolean same =
                        contained && classes.get(i).size() == classes.get(j).size();
                if (contained && (!same || j < i)) {
                    leftOut.put(jars.get(i), jars.get(j));
                }
            }
        }
        List<JarInput> kept = jars.stream().filter(j -> !leftOut.containsKey(j)).toList();
        List<String> sharing = new ArrayList<>();
        for (int i = 0; i < jars.size(); i++) {
            for (int j = i + 1; j < jars.size(); j++) {
                if (leftOut.containsKey(jars.get(i)) || leftOut.containsKey(jars.get(j))) {
                    continue;
                }
                Set<String> shared = new TreeSet<>(classes.get(i));
                shared.retainAll(classes.get(j));
                if (!shared.isEmpty()) {
                    sharing.add(jars.get(i).name() + " and " + jars.get(j).name() + " share " + shared.size()
                            + (shared.size() == 1 ? " class" : " classes") + " (e.g. "
                            + String.join(", ", shared.stream().limit(EXAMPLES).toList()) + ")");
                }
            }
        }
        return new JarOverlap(kept, leftOut, sharing);
    }

    /** The jars to put in {@code lib/}, in class-path order. */
    List<JarInput> kept() {
        return kept;
    }

    /** What to tell the user: one line for the jars left out, one warning for jars that share classes. */
    void report(PackagerListener listener) {
        if (!leftOut.isEmpty()) {
            List<String> lines = new ArrayList<>();
            leftOut.forEach((jar, container) -> lines.add(jar.name() + " (in " + container.name() + ")"));
            listener.info(
                    "Left " + leftOut.size() + (leftOut.size() == 1 ? " jar" : " jars") + " out of lib/: every class"
                            + " of each is in another jar already, as next to a shaded jar made from them: "
                            + String.join(", ", lines));
        }
        if (!sharing.isEmpty()) {
            listener.warn(
                    "Jars in lib/ hold the same classes, and the first on the class path wins: "
                            + String.join("; ", sharing)
                            + ". If one is a shaded (uber) jar, depend on the plain jar instead, or exclude the duplicated dependency.");
        }
    }

    private static Set<String> classNames(JarInput jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.file().toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    names.add(
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot read " + jar.file() + " (" + jar.coordinates() + "): " + e.getMessage(), e);
        }
        return names;
    }
}
