package dev.lambdapackager.packager.cache;

import java.util.function.Consumer;

/** Where the cache reports what it removed: evictions as information, damaged entries as warnings. */
public interface CacheLog {

    /** An entry was evicted to keep the cache under its limit. */
    void info(String message);

    /** A damaged entry was found and discarded; it will be built again. */
    void warn(String message);

    /** A log made of two consumers, e.g. {@code CacheLog.of(listener::info, listener::warn)}. */
    static CacheLog of(Consumer<String> info, Consumer<String> warn) {
        return new CacheLog() {
            @Override
            public void info(String message) {
                info.accept(message);
            }

            @Override
            public void warn(String message) {
                warn.accept(message);
            }
        };
    }
}
