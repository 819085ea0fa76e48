package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * What the sample must look like to a caller: ten pieces, "1\n" to "10\n", each arriving 0.8 to 1.6 s after the
 * one before — proof that the stream is live, not buffered and sent at the end.
 */
final class NumberStream {

    /** One piece of the stream and when it arrived ({@link System#nanoTime()}). */
    record Arrival(String text, long nanos) {}

    /** Something that blocks until the next piece arrives. */
    interface Source {
        String next() throws Exception;
    }

    private NumberStream() {}

    /** Reads ten pieces from {@code source}, timing each. */
    static List<Arrival> read(Source source) throws Exception {
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String text = source.next();
            arrivals.add(new Arrival(text, System.nanoTime()));
        }
        return arrivals;
    }

    /** Fails unless {@code arrivals} are 1..10, a second apart. */
    static void assertLiveOneToTen(List<Arrival> arrivals) {
        List<String> texts = arrivals.stream().map(Arrival::text).toList();
        assertThat(texts).containsExactly("1\n", "2\n", "3\n", "4\n", "5\n", "6\n", "7\n", "8\n", "9\n", "10\n");
        for (int i = 1; i < arrivals.size(); i++) {
            double gap = (arrivals.get(i).nanos() - arrivals.get(i - 1).nanos()) / 1e9;
            assertThat(gap)
                    .as(
                            "seconds between %s and %s",
                            texts.get(i - 1).trim(), texts.get(i).trim())
                    .isBetween(0.8, 1.6);
        }
    }
}
