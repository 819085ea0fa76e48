package dev.lambdapackager.runtime.handlers;

/** A class that implements no handler interface. */
public class NotAHandler {}
