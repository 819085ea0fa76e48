package dev.lambdapackager.packager.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A method descriptor ({@code (Ljava/io/InputStream;I)V}) split into its parameter types and return type, each in
 * descriptor form ({@code Ljava/io/InputStream;}, {@code I}, {@code [B}, {@code V}).
 *
 * @param parameters the parameter types in order
 * @param returnType the return type, {@code V} for void
 */
record Descriptor(List<String> parameters, String returnType) {

    Descriptor {
        parameters = List.copyOf(parameters);
    }

    static Descriptor parse(String descriptor) {
        if (!descriptor.startsWith("(") || descriptor.indexOf(')') < 0) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        List<String> parameters = new ArrayList<>();
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            int end = typeEnd(descriptor, i);
            parameters.add(descriptor.substring(i, end));
            i = end;
        }
        return new Descriptor(parameters, descriptor.substring(i + 1));
    }

    private static int typeEnd(String descriptor, int start) {
        int i = start;
        while (descriptor.charAt(i) == '[') {
            i++;
        }
        return descriptor.charAt(i) == 'L' ? descriptor.indexOf(';', i) + 1 : i + 1;
    }

    /** A descriptor type as Java source spells it: {@code java.io.InputStream}, {@code int}, {@code byte[]}. */
    static String javaName(String type) {
        if (type.startsWith("[")) {
            return javaName(type.substring(1)) + "[]";
        }
        return switch (type.charAt(0)) {
            case 'L' -> type.substring(1, type.length() - 1).replace('/', '.');
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            case 'V' -> "void";
            default -> type;
        };
    }

    /** {@code (java.io.InputStream, int)}. */
    String javaParameters() {
        return "("
                + String.join(
                        ", ", parameters.stream().map(Descriptor::javaName).toList()) + ")";
    }
}
