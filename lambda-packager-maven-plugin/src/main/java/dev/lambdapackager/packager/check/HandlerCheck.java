package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks, from the class files of the function's jars and before any container starts, that each handler can
 * start on Lambda: the class exists, is public and concrete, has a public no-argument constructor, and
 * implements a handler interface (through superclasses and superinterfaces, across jars) or names a method with
 * a signature AWS's Java runtime accepts; and that what the runtime needs for that form (aws-lambda-java-core,
 * aws-lambda-java-serialization) is among the jars. No class is loaded and no code of the function runs.
 *
 * <p>The forms and rules are those of the shared spec (AWS notation): {@code pkg.Class} or {@code pkg.Class::method}.
 */
public final class HandlerCheck implements Closeable {

    /** The handler forms the runtime supports. */
    public enum Form {
        /** Implements {@code dev.lambdapackager.runtime.StreamingLambdaHandler}. */
        STREAMING("StreamingLambdaHandler"),
        /** Implements {@code com.amazonaws.services.lambda.runtime.RequestStreamHandler}. */
        REQUEST_STREAM_HANDLER("RequestStreamHandler"),
        /** Implements {@code com.amazonaws.services.lambda.runtime.RequestHandler<I, O>}. */
        REQUEST_HANDLER("RequestHandler"),
        /** {@code Class::method}. */
        METHOD("method handler");

        private final String label;

        Form(String label) {
            this.label = label;
        }

        /** How the log names it. */
        public String label() {
            return label;
        }
    }

    static final String STREAMING_HANDLER = "dev/lambdapackager/runtime/StreamingLambdaHandler";
    static final String REQUEST_STREAM_HANDLER = "com/amazonaws/services/lambda/runtime/RequestStreamHandler";
    static final String REQUEST_HANDLER = "com/amazonaws/services/lambda/runtime/RequestHandler";
    static final String AWS_RUNTIME_PACKAGE = "com/amazonaws/services/lambda/runtime/";
    static final String CONTEXT = "Lcom/amazonaws/services/lambda/runtime/Context;";
    static final String INPUT_STREAM = "Ljava/io/InputStream;";
    static final String OUTPUT_STREAM = "Ljava/io/OutputStream;";
    /** Present exactly when aws-lambda-java-core is. */
    static final String CORE_MARKER = "com/amazonaws/services/lambda/runtime/Context";
    /** Present exactly when aws-lambda-java-serialization is. */
    static final String SERIALIZATION_MARKER = "com/amazonaws/services/lambda/runtime/serialization/PojoSerializer";

    /** The {@code <dependency>} that adds aws-lambda-java-core. */
    public static final String CORE_DEPENDENCY = "<dependency><groupId>com.amazonaws</groupId>"
            + "<artifactId>aws-lambda-java-core</artifactId><version>1.4.0</version></dependency>";
    /** The {@code <dependency>} that adds the serialization library the runtime binds POJOs with. */
    public static final String SERIALIZATION_DEPENDENCY = "<dependency><groupId>com.amazonaws</groupId>"
            + "<artifactId>aws-lambda-java-serialization</artifactId><version>1.4.1</version></dependency>";

    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    private static final Pattern METHOD_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private final List<Path> jars;
    private final ClassPath classPath;

    private HandlerCheck(List<Path> jars, ClassPath classPath) {
        this.jars = List.copyOf(jars);
        this.classPath = classPath;
    }

    /** Opens the jars (the class path in order); close the check to close them. */
    public static HandlerCheck of(List<Path> jars) throws IOException {
        return new HandlerCheck(jars, ClassPath.of(jars));
    }

    /**
     * Checks the handler of {@code function}.
     *
     * @return its form
     * @throws PackagingException {@link Code#HANDLER_NOT_FOUND} (not a class name, or in no jar),
     *     {@link Code#HANDLER_INVALID} (a rule broken: which one, and what to do), or
     *     {@link Code#HANDLER_DEPENDENCY_MISSING} with the {@code <dependency>} to add
     */
    public Form check(FunctionSpec function) throws PackagingException {
        String handler = function.handler().trim();
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        Optional<String> method = separator < 0 ? Optional.empty() : Optional.of(handler.substring(separator + 2));
        if (!CLASS_NAME.matcher(className).matches()
                || method.filter(m -> !METHOD_NAME.matcher(m).matches()).isPresent()) {
            throw new PackagingException(
                    Code.HANDLER_NOT_FOUND,
                    "Handler '" + function.handler() + "' of function "
                            + function.name()
                            + " is neither a class name nor Class::method; give the fully qualified name of a"
                            + " handler class (e.g. com.example.MyHandler) or a method of one (e.g. com.example.MyHandler::handle).");
        }
        try {
            ClassFile type = classPath.find(className.replace('.', '/')).orElse(null);
            if (type == null) {
                throw notFound(function, className);
            }
            String what = "Handler class " + className + " of function " + function.name();
            if (!type.isPublic()) {
                throw invalid(what + " is not public; make it public (the runtime loads it from its own package).");
            }
            Hierarchy hierarchy = hierarchy(type);
            Optional<Form> implemented = implementedForm(hierarchy);
            if (method.isPresent() && !(method.get().equals("handleRequest") && implemented.isPresent())) {
                return checkMethod(function, type, hierarchy, method.get(), what);
            }
            checkInstantiable(type, what);
            if (implemented.isEmpty()) {
                throw invalid(what + " implements none of the handler interfaces (StreamingLambdaHandler,"
                        + " RequestStreamHandler, RequestHandler<I, O>)" + unresolved(hierarchy)
                        + "; implement one of them, or name a method of it as " + className + "::method.");
            }
            Form form = implemented.get();
            if (form != Form.STREAMING) {
                requireCore(what, form.label());
            }
            if (form == Form.REQUEST_HANDLER) {
                requireSerialization(what, "implements RequestHandler");
            }
            return form;
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }

    private Form checkMethod(FunctionSpec function, ClassFile type, Hierarchy hierarchy, String name, String what)
            throws PackagingException, IOException {
        List<ClassFile.Method> named = new ArrayList<>();
        for (ClassFile owner : hierarchy.classes()) {
            for (ClassFile.Method m : owner.methods()) {
                if (m.name().equals(name)
                        && m.isPublic()
                        && !m.isSynthetic()
                        && !(owner.isInterface()
                                && (m.isAbstract() || m.isStatic())
                                && !owner.name().equals(type.name()))) {
                    named.add(m);
                }
            }
        }
        String handlerName = type.javaName() + "::" + name;
        if (named.isEmpty()) {
            throw invalid("Handler " + handlerName + " of function " + function.name() + ": " + type.javaName()
                    + " has no public method " + name + unresolved(hierarchy) + "; name a public method of it.");
        }
        Optional<ClassFile.Method> chosen = named.stream()
                .filter(m -> supported(Descriptor.parse(m.descriptor())))
                .findFirst();
        if (chosen.isEmpty()) {
            throw invalid("Handler " + handlerName + " of function " + function.name() + " has no supported signature: "
                    + String.join(
                            ", ",
                            named.stream()
                                    .map(m -> name
                                            + Descriptor.parse(m.descriptor()).javaParameters())
                                    .toList())
                    + ". Use (I), (I, Context), (InputStream, OutputStream), (InputStream, OutputStream, Context) or (),"
                    + " returning void or a value.");
        }
        ClassFile.Method m = chosen.get();
        if (!m.isStatic()) {
            checkInstantiable(type, what);
        }
        Descriptor descriptor = Descriptor.parse(m.descriptor());
        List<String> types = new ArrayList<>(descriptor.parameters());
        types.add(descriptor.returnType());
        if (types.stream().anyMatch(t -> t.startsWith("L" + AWS_RUNTIME_PACKAGE))) {
            requireCore(
                    "Handler " + handlerName + " of function " + function.name(),
                    "com.amazonaws.services.lambda.runtime");
        }
        boolean streams = descriptor.parameters().size() >= 2;
        if (!descriptor.returnType().equals("V")
                || (!streams && !descriptor.parameters().isEmpty())) {
            requireSerialization(
                    "Handler " + handlerName + " of function " + function.name(),
                    "takes or returns "
                            + (streams || descriptor.parameters().isEmpty()
                                    ? Descriptor.javaName(descriptor.returnType())
                                    : Descriptor.javaName(
                                            descriptor.parameters().get(0))));
        }
        return Form.METHOD;
    }

    /** The method forms AWS's Java runtime accepts: (I), (I, Context), (InputStream, OutputStream[, Context]), (). */
    private static boolean supported(Descriptor d) {
        List<String> p = d.parameters();
        return switch (p.size()) {
            case 0, 1 -> true;
            case 2 ->
                p.get(1).equals(CONTEXT)
                        || (p.get(0).equals(INPUT_STREAM) && p.get(1).equals(OUTPUT_STREAM));
            case 3 ->
                p.get(0).equals(INPUT_STREAM)
                        && p.get(1).equals(OUTPUT_STREAM)
                        && p.get(2).equals(CONTEXT);
            default -> false;
        };
    }

    private static void checkInstantiable(ClassFile type, String what) throws PackagingException {
        if (type.isInterface()) {
            throw invalid(what + " is an interface; name a class that implements it.");
        }
        if (type.isAbstract()) {
            throw invalid(what + " is abstract; name a concrete subclass of it.");
        }
        boolean constructor = type.methods().stream()
                .anyMatch(m -> m.name().equals("<init>") && m.descriptor().equals("()V") && m.isPublic());
        if (!constructor) {
            throw invalid(what + " has no public no-argument constructor; add one (the runtime creates the handler"
                    + " with it once, at start).");
        }
    }

    private void requireCore(String what, String uses) throws PackagingException {
        if (!classPath.contains(CORE_MARKER)) {
            throw new PackagingException(
                    Code.HANDLER_DEPENDENCY_MISSING,
                    what + " uses " + uses + " of"
                            + " aws-lambda-java-core, which is in none of the function's " + jars.size()
                            + " jars (a dependency in"
                            + " provided or test scope is left out of the zip). Add it in compile scope: "
                            + CORE_DEPENDENCY);
        }
    }

    private void requireSerialization(String what, String uses) throws PackagingException {
        if (!classPath.contains(SERIALIZATION_MARKER)) {
            throw new PackagingException(
                    Code.HANDLER_DEPENDENCY_MISSING,
                    what + " " + uses + ", so the runtime needs"
                            + " aws-lambda-java-serialization to bind its JSON, and it is in none of the function's "
                            + jars.size()
                            + " jars. Add it: " + SERIALIZATION_DEPENDENCY);
        }
    }

    private PackagingException notFound(FunctionSpec function, String className) throws IOException {
        List<String> near = ClassIndex.of(jars).nearMatches(className);
        return new PackagingException(
                Code.HANDLER_NOT_FOUND,
                "Handler class " + className + " of function "
                        + function.name() + " is in none of the function's " + jars.size() + " jars."
                        + (near.isEmpty()
                                ? " Check the package and class name."
                                : " Did you mean: " + String.join(", ", near) + "?"));
    }

    private static PackagingException invalid(String message) {
        return new PackagingException(Code.HANDLER_INVALID, message);
    }

    /** The handler interface the class implements, searched breadth-first so the nearest wins. */
    private static Optional<Form> implementedForm(Hierarchy hierarchy) {
        for (String name : hierarchy.names()) {
            switch (name) {
                case STREAMING_HANDLER -> {
                    return Optional.of(Form.STREAMING);
                }
                case REQUEST_STREAM_HANDLER -> {
                    return Optional.of(Form.REQUEST_STREAM_HANDLER);
                }
                case REQUEST_HANDLER -> {
                    return Optional.of(Form.REQUEST_HANDLER);
                }
                default -> {}
            }
        }
        return Optional.empty();
    }

    private static String unresolved(Hierarchy hierarchy) {
        List<String> missing = hierarchy.missing().stream()
                .filter(n -> !n.startsWith("java/") && !n.startsWith("javax/"))
                .map(n -> n.replace('/', '.'))
                .toList();
        return missing.isEmpty()
                ? ""
                : " (its supertypes " + String.join(", ", missing)
                        + " are in none of the jars, so they could not be checked)";
    }

    /**
     * Every supertype of a class, breadth-first: the classes read from the jars (itself first) and the names of
     * all of them, including those in no jar (JDK classes, or a dependency left out).
     */
    private record Hierarchy(List<ClassFile> classes, List<String> names, List<String> missing) {}

    private Hierarchy hierarchy(ClassFile type) throws IOException {
        List<ClassFile> classes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(type.name());
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            if (!names.add(name)) {
                continue;
            }
            Optional<ClassFile> found = classPath.find(name);
            if (found.isEmpty()) {
                if (!name.equals("java/lang/Object")) {
                    missing.add(name);
                }
                continue;
            }
            classes.add(found.get());
            found.get().superName().ifPresent(queue::add);
            queue.addAll(found.get().interfaces());
        }
        return new Hierarchy(classes, List.copyOf(names), missing);
    }

    @Override
    public void close() throws IOException {
        classPath.close();
    }
}
