package dev.lambdapackager.packager.archive;

/**
 * A zip entry that would make an unsafe or ambiguous archive: an absolute path, a {@code ..} segment, a path given
 * twice, or a file that is also used as a directory. The message names the path and the reason.
 */
public final class InvalidZipEntryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path   the offending path, as the caller gave it
     * @param reason why it is refused, phrased to follow "Invalid zip entry 'path': "
     */
    public InvalidZipEntryException(String path, String reason) {
        super("Invalid zip entry '" + path + "': " + reason);
        this.path = path;
    }

    /**
     * Returns the offending path, as the caller gave it.
     *
     * @return the path
     */
    public String path() {
        return path;
    }
}
