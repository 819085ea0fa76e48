package dev.lambdapackager.packager.model;

import java.nio.file.Path;

/**
 * A zip that packaging produced.
 *
 * @param name the function's name
 * @param zip where the zip is
 * @param zipSize its size in bytes
 * @param unzippedSize the size of its content unzipped
 */
public record PackagedFunction(String name, Path zip, long zipSize, long unzippedSize) {}
