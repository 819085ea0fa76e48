package dev.lambdapackager.packager.container;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A tar written on a thread of its own while the engine reads it ({@link #input()}), so that nothing goes through a
 * file first and the engine unpacks while the tar is still being written. Used as:
 *
 * <pre>{@code
 * try (StreamedTar tar = StreamedTar.start("name", out -> write(out))) {
 *     try {
 *         upload(tar.input());
 *     } catch (EngineFailure e) {
 *         tar.throwIfWriterFailedFirst(); // the writer's failure ended the tar early: it is the cause
 *         throw e;
 *     }
 *     tar.finish();                            // the writer's failure, if the engine took a tar that ended early
 * }
 * }</pre>
 */
final class StreamedTar implements AutoCloseable {

    /**
     * Writes the tar into the stream it is given. Closing that stream does not end the tar: the end comes after the
     * writer returns or fails, so that a failure is known before the reader sees the end.
     */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static final int CHUNK_BYTES = 256 * 1024;
    private static final int CHUNKS = 4;

    private final InputStream in;
    private final Thread thread;
    private final CompletableFuture<Void> written;
    private boolean closed;

    private StreamedTar(InputStream in, Thread thread, CompletableFuture<Void> written) {
        this.in = in;
        this.thread = thread;
        this.written = written;
    }

    /** Starts writing on a daemon thread named {@code threadName}. */
    static StreamedTar start(String threadName, Writer writer) {
        ChunkPipe pipe = new ChunkPipe(CHUNK_BYTES, CHUNKS);
        OutputStream out = pipe.output();
        OutputStream forWriter = new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // The tar's writer closes what it wrote into (try-with-resources); the pipe ends below.
            }
        };
        CompletableFuture<Void> written = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    // A failure is recorded before the pipe closes: the reader sees the end only after it, so an
                    // upload that fails on the short tar finds the writer's failure already there.
                    boolean failed = false;
                    try {
                        writer.write(forWriter);
                    } catch (IOException | RuntimeException e) {
                        failed = written.completeExceptionally(e);
                    }
                    try {
                        out.close();
                    } catch (IOException e) {
                        failed = failed || written.completeExceptionally(e);
                    }
                    if (!failed) {
                        written.complete(null);
                    }
                },
                threadName);
        thread.setDaemon(true);
        thread.start();
        return new StreamedTar(pipe.input(), thread, written);
    }

    /** The tar, for the engine to read. */
    InputStream input() {
        return in;
    }

    /**
     * After a failed upload: the writer's own failure when it failed before the upload did (it ended the tar early,
     * so it is the cause), else empty. Ask before closing, which makes a writer still writing fail.
     */
    Optional<IOException> failedFirst() {
        return written.isCompletedExceptionally() ? Optional.of(failure()) : Optional.empty();
    }

    /** After a failed upload: throws {@link #failedFirst()}'s failure when there is one. */
    void throwIfWriterFailedFirst() throws IOException {
        Optional<IOException> failure = failedFirst();
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    /**
     * After the upload succeeded: reads what the engine did not need (the engine answers once it has the tar's end
     * marker; the padding after it may still be on its way, and the writer would fail if the pipe closed under it),
     * waits for the writer, and throws its failure: the engine took a tar that ended early.
     */
    void finish() throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        close();
        if (written.isCompletedExceptionally()) {
            throw failure();
        }
    }

    /** Closes the pipe (a writer still writing fails at its next write) and waits for the writer. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        in.close();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while the tar was written");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    private IOException failure() {
        try {
            written.join();
            throw new IllegalStateException("the writer did not fail");
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            return cause instanceof IOException io ? io : new IOException(cause.toString(), cause);
        }
    }
}
