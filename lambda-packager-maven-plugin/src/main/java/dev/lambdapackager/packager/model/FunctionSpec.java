package dev.lambdapackager.packager.model;

import java.util.Objects;

/**
 * One Lambda function to package: its name (the zip's name, the folder in {@code outputs/}) and the class
 * the runtime instantiates to handle its invocations.
 *
 * @param name the function's name, {@code [A-Za-z0-9_-]{1,64}}
 * @param handler the handler's fully qualified class name
 */
public record FunctionSpec(String name, String handler) {

    public FunctionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
    }
}
