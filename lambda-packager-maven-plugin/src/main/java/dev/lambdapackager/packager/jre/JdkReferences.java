package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.JarInput;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the jars' module set depends on, read from their class files on the host (JVMS 4.4, the constant pool) without
 * a JDK of the builder's version: the packages their classes refer to outside the packages the jars define, and the
 * modules a {@code module-info} names. jdeps ({@code --print-module-deps}) maps every class the jars refer to and do
 * not define to the JDK module of its package, so with the same JDK two sets of jars with equal references get the
 * same answer, however much else changed. That is what lets a code change skip the builder's jdeps: an edit inside
 * the function rarely starts using a new JDK package.
 *
 * <p>The references are over-counted on purpose (every type named in any descriptor-shaped string, every versioned
 * entry of a multi-release jar): a reference too many only makes a change look like it might need a new module, and
 * then jdeps decides as before.
 */
public final class JdkReferences {

    private static final int MAGIC = 0xCAFEBABE;
    private static final String FORMAT = "jdk-references-of-a-jar 1";

    private JdkReferences() {}

    /**
     * A digest of the jars' references: equal digests, same module set for the same builder JDK.
     *
     * @throws IOException when a jar cannot be read
     */
    public static String digest(List<JarInput> jars) throws IOException {
        return digest(jars, Map.of(), Optional.empty());
    }

    /**
     * {@link #digest(List)}, reading each jar's references from {@code folder} when it holds them for the jar's
     * contents ({@code contents}: {@link JarContents#sha256} by file), and keeping them there otherwise: dependencies
     * do not change from one build to the next, so only the function's own jars are read again (twenty megabytes of
     * jars take some two seconds to read in a fresh JVM). One small file per jar name, replaced when its contents
     * change; a file that cannot be read or written only costs the reading.
     *
     * @throws IOException when a jar cannot be read
     */
    public static String digest(List<JarInput> jars, Map<Path, String> contents, Optional<Path> folder)
            throws IOException {
        Jar all = new Jar();
        for (JarInput jar : jars) {
            String content = contents.get(jar.file());
            Optional<Path> file = content == null
                    ? Optional.empty()
                    : folder.map(f -> f.resolve(
                            CacheKey.sha256(jar.name().getBytes(StandardCharsets.UTF_8)) + ".jdk-references"));
            Jar one = file.flatMap(f -> Jar.load(f, content)).orElse(null);
            if (one == null) {
                one = Jar.read(jar);
                if (file.isPresent()) {
                    one.store(file.get(), content);
                }
            }
            all.add(one);
        }
        all.referenced.removeAll(all.defined);
        StringBuilder text = new StringBuilder("jdk-references 1\n");
        all.referenced.forEach(name -> text.append("package ").append(name).append('\n'));
        all.modules.forEach(name -> text.append("module ").append(name).append('\n'));
        all.unreadable.forEach(entry -> text.append("unreadable ").append(entry).append('\n'));
        return CacheKey.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What one jar (or several, added up) refers to and defines. */
    private static final class Jar {
        final Set<String> referenced = new TreeSet<>();
        final Set<String> defined = new TreeSet<>();
        final Set<String> modules = new TreeSet<>();
        /** Entries named .class that are no class file (jdeps warns and skips them): their names and bytes. */
        final Set<String> unreadable = new TreeSet<>();

        static Jar read(JarInput jar) throws IOException {
            Jar result = new Jar();
            try (ZipFile zip = new ZipFile(jar.file().toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.isDirectory() || !entry.getName().endsWith(".class")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    try {
                        JdkReferences.read(bytes, result.referenced, result.defined, result.modules);
                    } catch (IOException | RuntimeException e) {
                        result.unreadable.add(jar.name() + "!/" + entry.getName() + " " + CacheKey.sha256(bytes));
                    }
                }
            }
            return result;
        }

        void add(Jar other) {
            referenced.addAll(other.referenced);
            defined.addAll(other.defined);
            modules.addAll(other.modules);
            unreadable.addAll(other.unreadable);
        }

        /** The jar's references as stored for {@code content}; empty when the file is missing, stale or damaged. */
        static Optional<Jar> load(Path file, String content) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Optional.empty();
            }
            // The last line is the end marker: a file cut short is no answer.
            if (lines.size() < 3
                    || !lines.get(0).equals(FORMAT)
                    || !lines.get(1).equals("content " + content)
                    || !lines.get(lines.size() - 1).equals("end")) {
                return Optional.empty();
            }
            Jar jar = new Jar();
            for (String line : lines.subList(2, lines.size() - 1)) {
                String value = line.substring(2);
                switch (line.substring(0, 2)) {
                    case "r " -> jar.referenced.add(value);
                    case "d " -> jar.defined.add(value);
                    case "m " -> jar.modules.add(value);
                    case "u " -> jar.unreadable.add(value);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(jar);
        }

        void store(Path file, String content) {
            StringBuilder text = new StringBuilder(FORMAT)
                    .append("\ncontent ")
                    .append(content)
                    .append('\n');
            referenced.forEach(v -> text.append("r ").append(v).append('\n'));
            defined.forEach(v -> text.append("d ").append(v).append('\n'));
            modules.forEach(v -> text.append("m ").append(v).append('\n'));
            unreadable.forEach(v -> text.append("u ").append(v).append('\n'));
            text.append("end\n");
            ImageFacts.writeWhole(file, text.toString());
        }
    }

    /** Adds one class file's referenced and defined packages, and the modules it names. */
    static void read(byte[] bytes, Set<String> referenced, Set<String> defined, Set<String> modules)
            throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        // For each pool index: the name index of a Class or Module entry there, else 0.
        int[] classNames = new int[count];
        int[] moduleNames = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 19 -> moduleNames[i] = in.readUnsignedShort();
                case 8, 16, 20 -> in.readUnsignedShort(); // String, MethodType, Package (an export: defined here)
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        int thisClass = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            if (classNames[i] != 0) {
                String name = name(utf8, classNames[i]);
                if (name.startsWith("[")) {
                    descriptorTypes(name, referenced);
                } else {
                    addPackage(name, referenced);
                }
            }
            if (moduleNames[i] != 0) {
                modules.add(name(utf8, moduleNames[i]));
            }
            if (utf8[i] != null) {
                descriptorTypes(utf8[i], referenced);
            }
        }
        if (thisClass <= 0 || thisClass >= count || classNames[thisClass] == 0) {
            throw new IOException("this_class is not a class entry");
        }
        String self = name(utf8, classNames[thisClass]);
        if (!self.equals("module-info")) {
            addPackage(self, defined);
        }
    }

    private static String name(String[] utf8, int index) throws IOException {
        if (index <= 0 || index >= utf8.length || utf8[index] == null) {
            throw new IOException("constant pool entry " + index + " is not a name");
        }
        return utf8[index];
    }

    /**
     * Adds the package of every {@code Lname;} in {@code text}: a descriptor, a generic signature (where a name may
     * end at {@code <}), or anything shaped like one.
     */
    private static void descriptorTypes(String text, Set<String> packages) {
        int start = text.indexOf('L');
        while (start >= 0) {
            // Every 'L' up to where this name stops would stop there too: the scan goes on after it (linear time).
            int end = start + 1;
            boolean slash = false;
            while (end < text.length()
                    && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '/')) {
                slash |= text.charAt(end) == '/';
                end++;
            }
            if (end == text.length()) {
                return;
            }
            char stop = text.charAt(end);
            if (slash && (stop == ';' || stop == '<') && text.charAt(end - 1) != '/') {
                addPackage(text.substring(start + 1, end), packages);
            }
            start = text.indexOf('L', end + 1);
        }
    }

    private static void addPackage(String internalName, Set<String> packages) {
        int slash = internalName.lastIndexOf('/');
        packages.add(slash < 0 ? "" : internalName.substring(0, slash));
    }
}
