package dev.lambdapackager.maven;

import java.util.Arrays;

/** Whether a goal has a parameter field: declared by the mojo class or by a class it extends (the shared ones). */
final class MojoFields {

    private MojoFields() {}

    static boolean has(Class<?> mojo, String name) {
        for (Class<?> type = mojo; type != null; type = type.getSuperclass()) {
            if (Arrays.stream(type.getDeclaredFields())
                    .anyMatch(f -> f.getName().equals(name))) {
                return true;
            }
        }
        return false;
    }
}
