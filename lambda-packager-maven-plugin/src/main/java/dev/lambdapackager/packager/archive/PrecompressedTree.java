package dev.lambdapackager.packager.archive;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A folder tree (the linked JRE) deflated once into a zip of its own, kept beside it in the cache. Every Lambda zip
 * made from that tree copies these entries' compressed bytes instead of deflating tens of megabytes again, and
 * gets exactly the bytes it would have got otherwise: same writer, same level, same input.
 */
public final class PrecompressedTree implements AutoCloseable {

    private final ZipFile zip;

    private PrecompressedTree(ZipFile zip) {
        this.zip = zip;
    }

    /** Deflates every file, folder and link under {@code tree} into {@code zip}. */
    public static void write(Path tree, Path zip) throws IOException {
        List<ZipEntrySpec> entries = deflateInParallel(FolderEntries.of(tree, ""));
        // The entries' times do not matter: only their compressed bytes are ever copied out.
        new ZipWriter(OutputTimestamp.fallback()).write(zip, entries);
    }

    /**
     * Deflates the files among {@code entries} on every core at once (the JRE is tens of megabytes; the cores would
     * otherwise wait while one deflates), keeping the entries' order.
     */
    private static List<ZipEntrySpec> deflateInParallel(List<ZipEntrySpec> entries) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable, "lambda-packager-deflate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ZipEntrySpec>> deflated = new ArrayList<>();
            for (ZipEntrySpec entry : entries) {
                deflated.add(
                        entry.kind() == ZipEntrySpec.Kind.FILE && entry.source().isPresent()
                                ? pool.submit(() -> ZipEntrySpec.deflated(
                                        entry.path(),
                                        entry.mode(),
                                        DeflatedContent.deflate(entry.source().get())))
                                : CompletableFuture.completedFuture(entry));
            }
            List<ZipEntrySpec> result = new ArrayList<>();
            for (Future<ZipEntrySpec> entry : deflated) {
                result.add(entry.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Opens a zip that {@link #write} made; close it once the zips that use it are written. */
    public static PrecompressedTree open(Path zip) throws IOException {
        return new PrecompressedTree(ZipFile.builder().setPath(zip).get());
    }

    /** The tree's entries for {@link ZipWriter}, each path prefixed with {@code prefix} (e.g. {@code jre/}). */
    public List<ZipEntrySpec> entries(String prefix) throws IOException {
        List<ZipEntrySpec> entries = new ArrayList<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            String name = prefix + entry.getName();
            int mode = entry.getUnixMode() & 07777;
            if (entry.isDirectory()) {
                entries.add(ZipEntrySpec.directory(name));
            } else if (entry.isUnixSymlink()) {
                entries.add(ZipEntrySpec.symlink(name, zip.getUnixSymlink(entry)));
            } else if (entry.getMethod() == ZipEntry.DEFLATED) {
                entries.add(ZipEntrySpec.deflated(name, mode, DeflatedContent.of(zip, entry)));
            } else {
                try (var in = zip.getInputStream(entry)) {
                    entries.add(ZipEntrySpec.file(name, in.readAllBytes(), mode));
                }
            }
        }
        return entries;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
