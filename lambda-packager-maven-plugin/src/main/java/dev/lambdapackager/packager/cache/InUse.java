package dev.lambdapackager.packager.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Marks cache folders (entries and stagings) as in use, so that no build — in this JVM or another process — removes
 * one while it is read or written. The mark is a shared lock on the folder's {@code lock} file, held until the user
 * closes its handle; an evictor takes the lock exclusively, which fails while anyone holds it. The operating system
 * drops the locks of a killed build, so nothing stays marked forever.
 *
 * <p>The JVM holds file locks per process and closing any channel to a file drops all of them, so this JVM holds at
 * most one channel per folder, counted, and never opens the lock file of a folder it holds for any other purpose.
 */
final class InUse {

    static final String LOCK_FILE = "lock";
    private static final Map<Path, Holder> HELD = new HashMap<>(); // guarded by itself

    private InUse() {}

    /** Marks {@code folder} as in use; the caller holds the {@link RootLock}, so no evictor has it. */
    static Handle acquire(Path folder) throws IOException {
        synchronized (HELD) {
            Holder holder = HELD.get(folder);
            if (holder == null) {
                FileChannel channel = FileChannel.open(
                        folder.resolve(LOCK_FILE),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock(0, Long.MAX_VALUE, true);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (lock == null) {
                    channel.close();
                    throw new IOException(folder + " is being removed by another build");
                }
                holder = new Holder(folder, channel);
                HELD.put(folder, holder);
            }
            holder.count++;
            return new Handle(holder);
        }
    }

    /** Whether this JVM holds {@code folder}. */
    static boolean heldHere(Path folder) {
        synchronized (HELD) {
            return HELD.containsKey(folder);
        }
    }

    /** Records that a held folder was renamed (a staging folder that became an entry). */
    static void moved(Path from, Path to) {
        synchronized (HELD) {
            Holder holder = HELD.remove(from);
            if (holder != null) {
                holder.folder = to;
                HELD.put(to, holder);
            }
        }
    }

    /**
     * Runs {@code removal} on {@code folder} if nobody uses it, holding its lock exclusively meanwhile.
     *
     * @return whether it ran
     */
    static boolean ifUnused(Path folder, IoAction removal) throws IOException {
        synchronized (HELD) {
            if (HELD.containsKey(folder)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(
                    folder.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return false;
                }
                removal.run();
                return true;
            }
        }
    }

    /** A file-system step that may fail. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    private static final class Holder {
        Path folder;
        final FileChannel channel;
        int count;

        Holder(Path folder, FileChannel channel) {
            this.folder = folder;
            this.channel = channel;
        }
    }

    /** One user's mark; closing it twice is harmless. */
    static final class Handle implements AutoCloseable {
        private final Holder holder;
        private boolean closed;

        private Handle(Holder holder) {
            this.holder = holder;
        }

        @Override
        public void close() {
            synchronized (HELD) {
                if (closed) {
                    return;
                }
                closed = true;
                if (--holder.count == 0) {
                    HELD.remove(holder.folder);
                    try {
                        holder.channel.close(); // releases the shared lock
                    } catch (IOException e) {
                        // The lock goes with the channel either way; nothing to tell the user.
                    }
                }
            }
        }
    }
}
