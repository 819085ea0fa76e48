package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.PackagerListener;
import java.time.Duration;

/**
 * Checks cache hits against the image the builder image's name stands for now. Entries are keyed by the name (so a
 * hit needs no engine) and record the id they were built in; a tag that moved to another image (a newer JDK, say)
 * must not be served an entry from the old one. Without an engine, or with the image gone, the entry stands.
 */
public final class CachedImageCheck {

    /** How long a hit waits for the engine's answer. */
    static final Duration WAIT = Duration.ofSeconds(3);

    private final ImageCheck check;
    private final String reference;
    private final PackagerListener listener;

    /** @param check the engine's answer in the making, or null when hits are not to be checked (keyed by image id) */
    public CachedImageCheck(ImageCheck check, String reference, PackagerListener listener) {
        this.check = check;
        this.reference = reference;
        this.listener = listener;
    }

    /** Whether an entry built in {@code builtIn} must be built again, saying so in the log. */
    public boolean builtFromAnotherImage(String what, String builtIn) {
        if (check == null
                || check.outcome(WAIT) != ImageCheck.Outcome.PRESENT
                || check.id().get().equals(builtIn)) {
            return false;
        }
        listener.info("The cached " + what + " was built in another image than " + reference + " is now (" + builtIn
                + ", now " + check.id().get() + "): building it again");
        return true;
    }

    /** The engine asked, for messages (its address and where that came from). */
    public String engine() {
        return check == null ? "the Docker engine" : check.engine();
    }

    /** Whether no engine answered, so that hits could not be compared with the image. */
    public boolean unchecked() {
        return check != null && check.outcome(WAIT) == ImageCheck.Outcome.NO_ENGINE;
    }
}
