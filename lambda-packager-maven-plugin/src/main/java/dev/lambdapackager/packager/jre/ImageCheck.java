package dev.lambdapackager.packager.jre;

import java.time.Duration;
import java.util.Optional;

/** The answer, arriving in the background, to "which image does the builder image's name stand for now?". */
public interface ImageCheck {

    /** What the engine said. */
    enum Outcome {
        /** The engine has an image under that name; {@link #id()} is its id. */
        PRESENT,
        /** The engine has no image under that name. */
        ABSENT,
        /** No engine answered (or it answered too late). */
        NO_ENGINE
    }

    /** What the engine said, waiting for it at most {@code limit}. */
    Outcome outcome(Duration limit);

    /** The image's id when the outcome is {@link Outcome#PRESENT}. */
    Optional<String> id();

    /** The engine that was asked, for messages: its address and where that came from. */
    default String engine() {
        return "the Docker engine";
    }
}
