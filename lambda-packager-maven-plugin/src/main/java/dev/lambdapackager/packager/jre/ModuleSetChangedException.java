package dev.lambdapackager.packager.jre;

import java.util.List;

/**
 * The builder's jdeps found that the jars need another module set than the cached JRE the class data was being made
 * with (see {@link ObtainClassData#makeTrusting}): the pipeline links a JRE for {@link #modules()} and makes the class
 * data again. Not a failure of the build.
 */
public final class ModuleSetChangedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> modules;

    public ModuleSetChangedException(List<String> modules) {
        super("the jars need the modules " + String.join(",", modules));
        this.modules = List.copyOf(modules);
    }

    /** The modules the jars need, in link order. */
    public List<String> modules() {
        return modules;
    }
}
