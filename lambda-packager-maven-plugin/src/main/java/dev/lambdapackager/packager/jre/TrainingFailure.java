package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A training start that did not reach its first invocation, as the build script reports it:
 * {@code TRAINING-INIT-ERROR <handler> type=<errorType> body=<JSON>} (the runtime posted an init error) or
 * {@code TRAINING-EXIT <handler> <status>} (the JVM ended before asking for work: a refused flag, a crash), then
 * the start's output up to {@code TRAINING-END}. Turned into the one message the build fails (or warns) with.
 *
 * @param handler the handler that was started
 * @param errorType the init error's type, empty for an exit
 * @param errorMessage the init error's message, empty for an exit
 * @param status the exit status, 0 for an init error
 * @param output what the start printed
 */
public record TrainingFailure(String handler, String errorType, String errorMessage, int status, List<String> output) {

    private static final Pattern INIT_ERROR = Pattern.compile("TRAINING-INIT-ERROR (\\S+) type=(\\S+) body=(.*)");
    private static final Pattern EXIT = Pattern.compile("TRAINING-EXIT (\\S+) (\\d+)");
    private static final Pattern MESSAGE = Pattern.compile("\"errorMessage\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern JVM_REFUSAL = Pattern.compile(
            "Unrecognized VM option|Unrecognized option|Improperly specified VM option|Invalid .*(size|value|option)"
                    + "|Error: Could not create the Java Virtual Machine|must be|is not a valid|Error occurred during initialization of VM");
    private static final Pattern CLASS_NAME = Pattern.compile("([a-z_][a-z0-9_]*[/.])+[A-Za-z_$][\\w$]*");
    private static final int OUTPUT_LINES = 15;

    public TrainingFailure {
        output = List.copyOf(output);
    }

    /** Whether the handler's own code threw while it was created: the case {@code initFailure} decides on. */
    public boolean inUserCode() {
        return errorType.equals("Runtime.HandlerConstructorError")
                || errorType.equals("java.lang.ExceptionInInitializerError");
    }

    /** Reads the failure whose first line is {@code marker} and whose output lines follow. */
    static Optional<TrainingFailure> parse(String marker, List<String> output) {
        Matcher m = INIT_ERROR.matcher(marker);
        if (m.matches()) {
            Matcher message = MESSAGE.matcher(m.group(3));
            return Optional.of(new TrainingFailure(
                    m.group(1), m.group(2), message.find() ? unescape(message.group(1)) : m.group(3), 0, output));
        }
        m = EXIT.matcher(marker);
        if (m.matches()) {
            return Optional.of(new TrainingFailure(m.group(1), "", "", Integer.parseInt(m.group(2)), output));
        }
        return Optional.empty();
    }

    /** The failure as the build reports it, with what to do. */
    public PackagingException toException(List<String> excludedModules) {
        String start = "The function could not start in the builder container (handler " + handler + "): ";
        if (errorType.isEmpty()) {
            Optional<String> refusal =
                    output.stream().filter(l -> JVM_REFUSAL.matcher(l).find()).findFirst();
            if (refusal.isPresent()) {
                return new PackagingException(
                        Code.INVALID_JVM_OPTIONS,
                        "The function's JVM refuses its options: "
                                + refusal.get().trim() + ". Fix or remove that flag in the JVM options" + tail());
            }
            return new PackagingException(
                    Code.FUNCTION_CANNOT_START,
                    start + "its JVM exited with status " + status + " before asking for its first invocation"
                            + tail());
        }
        if (inUserCode()) {
            return new PackagingException(
                    Code.FUNCTION_INIT_FAILED,
                    start + "its own initialisation threw (" + errorType
                            + ": " + errorMessage
                            + "). The builder container has no network and no AWS credentials, so a handler"
                            + " that calls AWS or reads its configuration while it is created fails there: make its constructor"
                            + " and static initializers work without them, or set initFailure to warn to package it anyway"
                            + " (its CDS archive then covers the classes loaded until the failure)" + tail());
        }
        if (errorType.endsWith("NoClassDefFoundError")
                || errorType.endsWith("ClassNotFoundException")
                || errorType.equals("Runtime.ClassNotFound")) {
            Optional<String[]> jdk = jdkModuleOf(errorMessage);
            if (jdk.isPresent()) {
                String module = jdk.get()[1];
                String fix = excludedModules.contains(module)
                        ? "it is in excludeModules: remove it from there"
                        : "add it to additionalModules (jdeps does not see classes reached by reflection or services)";
                return new PackagingException(
                        Code.MODULE_MISSING,
                        start + errorType + ": class " + jdk.get()[0] + " of JDK module " + module
                                + ", which is not in the linked JRE; " + fix + ".");
            }
        }
        return new PackagingException(
                Code.FUNCTION_CANNOT_START,
                start + errorType + ": " + errorMessage + ". It would fail the same way on Lambda" + tail());
    }

    private String tail() {
        List<String> last =
                output.size() > OUTPUT_LINES ? output.subList(output.size() - OUTPUT_LINES, output.size()) : output;
        return last.isEmpty() ? "." : ". Its output:\n  " + String.join("\n  ", last);
    }

    /** The first class named in {@code message} that belongs to a JDK module other than java.base, with that module. */
    static Optional<String[]> jdkModuleOf(String message) {
        Matcher m = CLASS_NAME.matcher(message);
        while (m.find()) {
            String name = m.group().replace('/', '.');
            int dot = name.lastIndexOf('.');
            String pkg = name.substring(0, dot);
            for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
                ModuleDescriptor descriptor = module.descriptor();
                if (descriptor.packages().contains(pkg) && !descriptor.name().equals("java.base")) {
                    return Optional.of(new String[] {name, descriptor.name()});
                }
            }
        }
        return Optional.empty();
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /** Collects the build script's lines into failures. */
    public static final class Collector {
        private final List<TrainingFailure> failures = new ArrayList<>();
        private String marker;
        private List<String> output;

        /** Takes one line of the script; true when it belongs to a training report (not for the log as such). */
        public boolean accept(String line) {
            if (marker != null) {
                if (line.equals("TRAINING-END")) {
                    parse(marker, output).ifPresent(failures::add);
                    marker = null;
                } else {
                    output.add(line);
                }
                return true;
            }
            if (line.startsWith("TRAINING-INIT-ERROR ") || line.startsWith("TRAINING-EXIT ")) {
                marker = line;
                output = new ArrayList<>();
                return true;
            }
            return false;
        }

        public List<TrainingFailure> failures() {
            return List.copyOf(failures);
        }
    }
}
