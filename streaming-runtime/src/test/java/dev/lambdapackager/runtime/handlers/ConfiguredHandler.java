package dev.lambdapackager.runtime.handlers;

/** A handler with only a constructor that takes its configuration: no runtime can make one. */
public class ConfiguredHandler extends EchoHandler {
    public ConfiguredHandler(String tableName) {}
}
