package dev.lambdapackager.runtime.handlers;

import dev.lambdapackager.runtime.StreamingLambdaHandler;

/** A handler base class named as if it were the handler. */
public abstract class AbstractHandler implements StreamingLambdaHandler {}
