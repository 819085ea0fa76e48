package dev.lambdapackager.packager.archive;

import java.io.IOException;

/**
 * A tar entry that {@link SafeTarExtractor} refuses because it would write outside the destination, write through a
 * symbolic link, or is of a kind it does not extract. The message names the entry and the reason.
 *
 * <p>It is an {@link IOException} because it means the archive itself is bad, like a corrupt header would.
 */
public final class UnsafeTarEntryException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String entryName;

    /**
     * @param entryName the entry's name as stored in the tar
     * @param reason    why it is refused, phrased to follow "Refusing tar entry 'name': "
     */
    public UnsafeTarEntryException(String entryName, String reason) {
        super("Refusing tar entry '" + entryName + "': " + reason);
        this.entryName = entryName;
    }

    /**
     * Returns the entry's name as stored in the tar.
     *
     * @return the entry name
     */
    public String entryName() {
        return entryName;
    }
}
