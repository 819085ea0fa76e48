package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.JarInput;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
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

    private JdkReferences() {}

    /**
     * A digest of the jars' references: equal digests, same module set for the same builder JDK.
     *
     * @throws IOException when a jar cannot be read
     */
    public static String digest(List<JarInput> jars) throws IOException {
        Set<String> referenced = new TreeSet<>();
        Set<String> defined = new TreeSet<>();
        Set<String> modules = new TreeSet<>();
        // Entries named .class that are no class file (jdeps warns and skips them): their names and bytes instead.
        Set<String> unreadable = new TreeSet<>();
        for (JarInput jar : jars) {
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
                        read(bytes, referenced, defined, modules);
                    } catch (IOException | RuntimeException e) {
                        unreadable.add(jar.name() + "!/" + entry.getName() + " " + CacheKey.sha256(bytes));
                    }
                }
            }
        }
        referenced.removeAll(defined);
        StringBuilder text = new StringBuilder("jdk-references 1\n");
        referenced.forEach(name -> text.append("package ").append(name).append('\n'));
        modules.forEach(name -> text.append("module ").append(name).append('\n'));
        unreadable.forEach(entry -> text.append("unreadable ").append(entry).append('\n'));
        return CacheKey.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
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
