package dev.lambdapackager.packager.container;

/** An image name split the way the pull API wants it: repository, and tag or digest. */
record ImageReference(String repository, String tagOrDigest) {

    /** Splits {@code registry:port/path/name:tag} or {@code name@sha256:...}; no tag means {@code latest}. */
    static ImageReference parse(String reference) {
        int at = reference.indexOf('@');
        if (at >= 0) {
            return new ImageReference(reference.substring(0, at), reference.substring(at + 1));
        }
        int colon = reference.lastIndexOf(':');
        if (colon > reference.lastIndexOf('/')) {
            return new ImageReference(reference.substring(0, colon), reference.substring(colon + 1));
        }
        return new ImageReference(reference, "latest");
    }
}
