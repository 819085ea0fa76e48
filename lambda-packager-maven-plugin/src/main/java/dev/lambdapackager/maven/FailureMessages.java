package dev.lambdapackager.maven;

import dev.lambdapackager.packager.model.PackagingException;
import java.util.stream.Collectors;

/** Turns a core failure into the message Maven prints: the core's text, then where its settings live. */
final class FailureMessages {

    private FailureMessages() {}

    static String of(PackagingException e) {
        if (e.code().settings().isEmpty()) {
            return e.getMessage();
        }
        return e.getMessage() + "\n[" + e.code().settings().stream()
                .map(FailureMessages::element)
                .collect(Collectors.joining(", ")) + "]";
    }

    /** {@code <builderImage> (-Dlambda.builderImage)}; {@code functions} is a list without a property. */
    static String element(String setting) {
        if (setting.equals("functions")) {
            return "<functions><function><name>/<handler>";
        }
        return "<" + setting + "> (-D" + PropertyNames.of(setting) + ")";
    }
}
