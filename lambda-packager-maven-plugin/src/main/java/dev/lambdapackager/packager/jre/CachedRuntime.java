package dev.lambdapackager.packager.jre;

/**
 * What the zip's {@code jre/} is made of: a linked JRE and the class data made with it.
 *
 * @param jre the linked JRE
 * @param classData the class data made with it from the function's jars
 */
public record CachedRuntime(BuiltJre jre, ClassData classData) {}
