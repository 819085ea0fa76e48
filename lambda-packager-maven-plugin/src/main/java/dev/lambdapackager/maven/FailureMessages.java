package dev.lambdapackager.maven;

import dev.lambdapackager.packager.invoke.InvokeException;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a core failure into the message Maven prints: the core's text, then where its settings live. */
final class FailureMessages {

    private FailureMessages() {}

    static String of(PackagingException e) {
        return of(e, false);
    }

    /**
     * As {@link #of(PackagingException)}; with {@code singleFunction} (no {@code <functions>} list, one function
     * from {@code <functionName>} and {@code <handler>}) an invalid name points at {@code <functionName>}, the
     * setting the user has to change, not at the list they never wrote.
     */
    static String of(PackagingException e, boolean singleFunction) {
        List<String> settings = e.code().settings();
        if (singleFunction && e.code() == Code.INVALID_FUNCTION_NAME) {
            settings = List.of("functionName");
        }
        return of(e.getMessage(), settings);
    }

    static String of(InvokeException e) {
        return of(e.getMessage(), e.code().settings());
    }

    private static String of(String message, List<String> settings) {
        if (settings.isEmpty()) {
            return message;
        }
        return message + "\n[" + settings.stream().map(FailureMessages::element).collect(Collectors.joining(", "))
                + "]";
    }

    /** {@code <builderImage> (-Dlambda.builderImage)}; {@code functions} is a list without a property. */
    static String element(String setting) {
        if (setting.equals("functions")) {
            return "<functions><function><name>/<handler>";
        }
        if (setting.equals("environment")) {
            return "<environment>";
        }
        return "<" + setting + "> (-D" + PropertyNames.of(setting) + ")";
    }
}
