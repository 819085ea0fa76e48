package dev.lambdapackager.packager.archive;

import java.util.TimeZone;

/** Runs code with another default time zone, restoring the previous one afterwards. */
final class DefaultTimeZone {

    interface Action<T> {
        T run() throws Exception;
    }

    private DefaultTimeZone() {}

    static <T> T with(String zone, Action<T> action) throws Exception {
        TimeZone previous = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            return action.run();
        } finally {
            TimeZone.setDefault(previous);
        }
    }
}
