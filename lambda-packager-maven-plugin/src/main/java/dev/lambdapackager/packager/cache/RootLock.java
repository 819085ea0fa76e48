package dev.lambdapackager.packager.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The cache's critical section — making, renaming and removing entries — shared by every thread and every process
 * that uses the same cache folder. A file lock alone is not enough: the JVM holds file locks for the whole process,
 * and a second thread asking for the same lock gets an exception rather than a wait; so threads queue on a
 * {@link ReentrantLock} per folder first, and only one of them at a time asks the operating system.
 */
final class RootLock implements AutoCloseable {

    static final String FILE = ".lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;

    private RootLock(ReentrantLock threads, FileChannel channel) {
        this.threads = threads;
        this.channel = channel;
    }

    /** Waits for the section; {@code root} must be a real path, so that two spellings of one folder share a lock. */
    static RootLock acquire(Path root) throws IOException {
        ReentrantLock threads = IN_THIS_JVM.computeIfAbsent(root, r -> new ReentrantLock());
        threads.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            assert lock.isValid();
            return new RootLock(threads, channel);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threads.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close(); // releases the file lock
        } finally {
            threads.unlock();
        }
    }
}
