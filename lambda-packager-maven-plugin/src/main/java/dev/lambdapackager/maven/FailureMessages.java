package dev.lambdapackager.maven;

import dev.lambdapackager.packager.invoke.InvokeException;
import dev.lambdapackager.packager.model.PackagingException;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a core failure into the message Maven prints: the core's text, then where its settings live. */
final class FailureMessages {

    private FailureMessages() {}

    static String of(PackagingException e) {
        return of(e.getMessage(), e.code().settings());
    }

    static String of(InvokeException e) {
        return of(e.getMessage(), e.code().settings());
    }

    private static String of(String message, List<String> settings) {
        if (settings.isEmpty()) {
            return message;
        }
        return message + "\n[" + settings.stream()
                .map(FailureMessages::element)
                .collect(Collectors.joining(", ")) + "]";
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
