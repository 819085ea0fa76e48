package dev.lambdapackager.packager.container;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One pull of an image for one platform, with the engine's per-layer progress (thousands of events)
 * collapsed to a start line, a line at most every ten seconds, and a summary.
 */
final class ImagePull {

    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final DockerEngine engine;
    private final String reference;
    private final Architecture architecture;
    private final PackagerListener listener;

    ImagePull(DockerEngine engine, String reference, Architecture architecture, PackagerListener listener) {
        this.engine = engine;
        this.reference = reference;
        this.architecture = architecture;
        this.listener = listener;
    }

    void run() throws PackagingException {
        ImageReference ref = ImageReference.parse(reference);
        listener.info("Pulling builder image " + reference + " for " + architecture.platform() + " ...");
        long start = System.nanoTime();
        Progress progress = new Progress(start);
        try {
            PullImageCmd cmd = engine.client()
                    .pullImageCmd(ref.repository())
                    .withTag(ref.tagOrDigest())
                    .withPlatform(architecture.platform());
            AuthConfig auth = engine.config().effectiveAuthConfig(reference);
            if (auth != null && (auth.getUsername() != null || auth.getIdentitytoken() != null)) {
                cmd.withAuthConfig(auth);
            }
            cmd.exec(progress).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackagingException(Code.INTERRUPTED, "Interrupted while pulling builder image " + reference, e);
        } catch (DockerException | IllegalArgumentException e) {
            throw failed(e);
        } catch (RuntimeException e) {
            // docker-java reports pull errors from the stream as DockerClientException (a RuntimeException).
            throw failed(e);
        }
        if (progress.failure != null) {
            throw failed(progress.failure);
        }
        if (progress.streamError != null) {
            throw new PackagingException(Code.IMAGE_PULL_FAILED, message(progress.streamError));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        listener.info("Pulled " + reference + " for " + architecture.platform() + ": " + progress.layers.size()
                + " layers, " + megabytes(progress.totalBytes()) + " in " + seconds + " s");
    }

    private PackagingException failed(Throwable e) {
        return new PackagingException(Code.IMAGE_PULL_FAILED, message(DockerEngine.rootMessage(e)), e);
    }

    private String message(String reason) {
        String because = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
        return "Cannot pull builder image " + reference + " for " + architecture.platform() + ": " + because
                + ". Check the image name and your network or registry login (`docker login`), or load the image"
                + " yourself and use pull policy 'never'.";
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private final class Progress extends ResultCallback.Adapter<PullResponseItem> {
        private final Map<String, long[]> layers = new ConcurrentHashMap<>();
        private long lastReport;
        /** A failure of the request itself (the engine answered 4xx/5xx, or the connection broke). */
        private volatile Throwable failure;
        /** The first error the engine reported in the progress stream (the registry's reason). */
        private volatile String streamError;

        Progress(long start) {
            this.lastReport = start;
        }

        @Override
        public void onNext(PullResponseItem item) {
            // getError() is deprecated for getErrorDetail(), whose class carries an annotation javac cannot read
            // without the Immutables jar on the class path (a warning under -Werror); the engine sends both.
            @SuppressWarnings("deprecation")
            String error = item.getError();
            if (error != null) {
                // Reported once, as the failure's reason, when the pull ends.
                if (streamError == null) {
                    streamError = DockerEngine.oneLine(error);
                }
                return;
            }
            if (item.getId() != null
                    && item.getProgressDetail() != null
                    && item.getProgressDetail().getTotal() != null
                    && "Downloading".equals(item.getStatus())) {
                long current = item.getProgressDetail().getCurrent() == null
                        ? 0
                        : item.getProgressDetail().getCurrent();
                layers.put(
                        item.getId(),
                        new long[] {current, item.getProgressDetail().getTotal()});
            } else if (item.getId() != null && "Download complete".equals(item.getStatus())) {
                layers.computeIfPresent(item.getId(), (id, sizes) -> new long[] {sizes[1], sizes[1]});
            }
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS && !layers.isEmpty()) {
                lastReport = now;
                long done = layers.values().stream().mapToLong(s -> s[0]).sum();
                listener.info("  ... " + megabytes(done) + " of " + megabytes(totalBytes()) + " downloaded");
            }
            listener.debug("pull: " + item.getStatus() + (item.getId() == null ? "" : " " + item.getId()));
        }

        /**
         * Keeps the failure for {@link ImagePull#run()} to report as one message. docker-java's own handling logs
         * it at ERROR as "Error during callback" with a stack trace, which Maven prints before our message.
         */
        @Override
        public void onError(Throwable throwable) {
            if (failure == null) {
                failure = throwable;
            }
            try {
                close();
            } catch (java.io.IOException e) {
                // The pull's stream is done with either way.
            }
        }

        long totalBytes() {
            return layers.values().stream().mapToLong(s -> s[1]).sum();
        }
    }
}
