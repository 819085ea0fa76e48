package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cold-start benchmark's function, like the one in issue 13: its first call uses a regex, a stream with lambdas,
 * {@code String.format} and {@code java.time} — the JDK code a typical handler touches first, and the part of a cold
 * start an AOT cache trained on invocations can take over.
 */
public class FirstCallHandler implements StreamingLambdaHandler {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        String text = StandardCharsets.UTF_8.decode(event).toString();
        Matcher words = WORD.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        String longest = Arrays.stream(text.split("\\W+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .limit(3)
                .collect(Collectors.joining(","));
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(1_800_000_000L).atOffset(ZoneOffset.UTC));
        String answer = String.format(Locale.ROOT, "{\"words\":%d,\"longest\":\"%s\",\"at\":\"%s\",\"ratio\":%.3f}",
                count, longest, when, count / (double) Math.max(1, text.length()));
        writer.writeAndFinish(ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8)));
    }
}
