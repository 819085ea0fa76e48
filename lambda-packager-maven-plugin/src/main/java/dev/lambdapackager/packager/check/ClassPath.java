package dev.lambdapackager.packager.check;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The classes of a class path of jars, found as the JVM's class loader would (the first jar holding a class
 * wins) and read as {@link ClassFile}s on demand. Only the jars' base entries count: a handler must load on any
 * Java version, so {@code META-INF/versions/} is not consulted.
 */
final class ClassPath implements Closeable {

    private final List<ZipFile> zips;
    private final Map<String, ZipFile> owners = new HashMap<>();
    private final Map<String, Optional<ClassFile>> parsed = new HashMap<>();

    private ClassPath(List<ZipFile> zips) {
        this.zips = zips;
        for (ZipFile zip : zips) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String entry = e.nextElement().getName();
                if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                    owners.putIfAbsent(entry.substring(0, entry.length() - ".class".length()), zip);
                }
            }
        }
    }

    /** Opens the jars; close the class path to close them. */
    static ClassPath of(List<Path> jars) throws IOException {
        List<ZipFile> zips = new ArrayList<>();
        try {
            for (Path jar : jars) {
                zips.add(new ZipFile(jar.toFile()));
            }
        } catch (IOException e) {
            for (ZipFile zip : zips) {
                zip.close();
            }
            throw new IOException("cannot open " + jars.get(zips.size()) + ": " + e.getMessage(), e);
        }
        return new ClassPath(zips);
    }

    /** Whether a class (internal name) is in one of the jars. */
    boolean contains(String internalName) {
        return owners.containsKey(internalName);
    }

    /** The class (internal name), read from the first jar that has it; empty when no jar has it. */
    Optional<ClassFile> find(String internalName) throws IOException {
        Optional<ClassFile> known = parsed.get(internalName);
        if (known != null) {
            return known;
        }
        ZipFile zip = owners.get(internalName);
        Optional<ClassFile> result = Optional.empty();
        if (zip != null) {
            try (InputStream in = zip.getInputStream(zip.getEntry(internalName + ".class"))) {
                result = Optional.of(ClassFile.parse(in.readAllBytes()));
            } catch (IOException e) {
                throw new IOException(
                        "cannot read " + internalName + ".class in " + zip.getName() + ": " + e.getMessage(), e);
            }
        }
        parsed.put(internalName, result);
        return result;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (ZipFile zip : zips) {
            try {
                zip.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
