package dev.lambdapackager.packager.check;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the handler check needs of one class file, read from its bytes (JVMS chapter 4) without loading it: no
 * code of the function runs at packaging time, and a class whose dependencies are missing can still be read.
 * Names are in internal form ({@code com/example/Fn}).
 *
 * @param name the class
 * @param access its access flags ({@code ACC_PUBLIC}, {@code ACC_INTERFACE}, {@code ACC_ABSTRACT}, ...)
 * @param superName its superclass, empty for {@code java/lang/Object} and module-info
 * @param interfaces the interfaces it implements directly
 * @param signature its generic signature ({@code Signature} attribute), empty when it has none
 * @param methods its declared methods, constructors included ({@code <init>})
 */
public record ClassFile(
        String name,
        int access,
        Optional<String> superName,
        List<String> interfaces,
        Optional<String> signature,
        List<Method> methods) {

    public static final int ACC_PUBLIC = 0x0001;
    public static final int ACC_STATIC = 0x0008;
    public static final int ACC_INTERFACE = 0x0200;
    public static final int ACC_ABSTRACT = 0x0400;
    public static final int ACC_SYNTHETIC = 0x1000;
    public static final int ACC_BRIDGE = 0x0040;

    private static final int MAGIC = 0xCAFEBABE;

    public ClassFile {
        interfaces = List.copyOf(interfaces);
        methods = List.copyOf(methods);
    }

    /**
     * One method as declared.
     *
     * @param name its name ({@code <init>} for constructors)
     * @param descriptor its descriptor, e.g. {@code (Ljava/lang/String;)V}
     * @param access its access flags
     */
    public record Method(String name, String descriptor, int access) {

        public boolean isPublic() {
            return (access & ACC_PUBLIC) != 0;
        }

        public boolean isStatic() {
            return (access & ACC_STATIC) != 0;
        }

        public boolean isAbstract() {
            return (access & ACC_ABSTRACT) != 0;
        }

        /** Whether the compiler made it (a bridge for a generic override): never what a user names. */
        public boolean isSynthetic() {
            return (access & (ACC_SYNTHETIC | ACC_BRIDGE)) != 0;
        }
    }

    public boolean isPublic() {
        return (access & ACC_PUBLIC) != 0;
    }

    public boolean isInterface() {
        return (access & ACC_INTERFACE) != 0;
    }

    public boolean isAbstract() {
        return (access & ACC_ABSTRACT) != 0;
    }

    /** The class name in Java form, {@code com.example.Fn}. */
    public String javaName() {
        return name.replace('/', '.');
    }

    /**
     * Reads a class file.
     *
     * @throws IOException when the bytes are not a class file (wrong magic, truncated, bad constant pool)
     */
    public static ClassFile parse(byte[] bytes) throws IOException {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IndexOutOfBoundsException | ClassCastException | NullPointerException e) {
            throw new IOException("not a valid class file: " + e, e);
        } catch (java.io.EOFException e) {
            throw new IOException("not a valid class file: truncated", e);
        }
    }

    private static ClassFile read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file (wrong magic number)");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major: any; nothing read here changed in format since Java 7
        Object[] pool = readConstantPool(in);
        int access = in.readUnsignedShort();
        String name = className(pool, in.readUnsignedShort());
        int superIndex = in.readUnsignedShort();
        Optional<String> superName = superIndex == 0 ? Optional.empty() : Optional.of(className(pool, superIndex));
        int interfaceCount = in.readUnsignedShort();
        List<String> interfaces = new ArrayList<>(interfaceCount);
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(className(pool, in.readUnsignedShort()));
        }
        int fieldCount = in.readUnsignedShort();
        for (int i = 0; i < fieldCount; i++) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        int methodCount = in.readUnsignedShort();
        List<Method> methods = new ArrayList<>(methodCount);
        for (int i = 0; i < methodCount; i++) {
            int methodAccess = in.readUnsignedShort();
            String methodName = (String) pool[in.readUnsignedShort()];
            String descriptor = (String) pool[in.readUnsignedShort()];
            skipAttributes(in);
            methods.add(new Method(methodName, descriptor, methodAccess));
        }
        Optional<String> signature = Optional.empty();
        int attributeCount = in.readUnsignedShort();
        for (int i = 0; i < attributeCount; i++) {
            String attribute = (String) pool[in.readUnsignedShort()];
            int length = in.readInt();
            if (attribute.equals("Signature") && length == 2) {
                signature = Optional.of((String) pool[in.readUnsignedShort()]);
            } else {
                in.skipNBytes(length);
            }
        }
        return new ClassFile(name, access, superName, interfaces, signature, methods);
    }

    /** The pool with UTF-8 entries as strings and class entries as their name index (boxed); the rest null. */
    private static Object[] readConstantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF(); // modified UTF-8, exactly what DataInput reads
                case 7 -> pool[i] = new ClassRef(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.skipNBytes(2); // String, MethodType, Module, Package
                case 15 -> in.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // long and double take two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        return pool;
    }

    private record ClassRef(int nameIndex) {}

    private static String className(Object[] pool, int index) {
        return (String) pool[((ClassRef) pool[index]).nameIndex()];
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipNBytes(2);
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }
}
