package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing the native symbol tables leaves a JRE that runs, and changes nothing that is loaded: a runtime linked
 * here with jlink, stripped, still starts; each stripped library keeps every other section byte for byte.
 */
class NativeSymbolStripperKeepsWhatRunsTest {

    @TempDir
    static Path temp;

    private static Path jre;

    @BeforeAll
    static void link() {
        jre = temp.resolve("jre");
        ToolProvider jlink =
                ToolProvider.findFirst("jlink").orElseThrow(() -> new AssertionError("the tests need a JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = jlink.run(
                new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(out, true, StandardCharsets.UTF_8),
                "--add-modules",
                "java.base",
                "--no-header-files",
                "--no-man-pages",
                "--output",
                jre.toString());
        assertThat(exit).as("jlink: %s", out).isZero();
    }

    @Test
    void theStrippedRuntimeStillRuns() throws Exception {
        Path libjvm = jre.resolve("lib/server/libjvm.so");
        Map<String, byte[]> before = sections(Files.readAllBytes(libjvm));
        assertThat(before)
                .as("this JDK's libjvm.so has a symbol table to strip")
                .containsKey(".symtab");
        long size = Files.size(libjvm);

        long saved = NativeSymbolStripper.stripAll(jre);

        assertThat(saved).isPositive();
        assertThat(Files.size(libjvm)).isLessThan(size);
        Map<String, byte[]> after = sections(Files.readAllBytes(libjvm));
        assertThat(after).doesNotContainKeys(".symtab", ".strtab");
        Map<String, byte[]> expected = new LinkedHashMap<>(before);
        expected.remove(".symtab");
        expected.remove(".strtab");
        assertThat(after.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, content) -> assertThat(after.get(name)).as(name).isEqualTo(content));
        assertThat(Files.isExecutable(jre.resolve("bin/java"))).isTrue();

        Process java = new ProcessBuilder(
                        jre.resolve("bin/java").toString(), "-Xshare:off", "-XshowSettings:properties", "-version")
                .redirectErrorStream(true)
                .start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor()).as(output).isZero();
        assertThat(output).contains("java.home = " + jre);
    }

    @Test
    void strippingTwiceChangesNothingMoreAndOtherFilesAreLeftAlone() throws Exception {
        NativeSymbolStripper.stripAll(jre);
        Map<Path, byte[]> once = contents(jre);
        assertThat(NativeSymbolStripper.stripAll(jre)).isZero();
        Map<Path, byte[]> twice = contents(jre);
        once.forEach((file, content) ->
                assertThat(twice.get(file)).as(file.toString()).isEqualTo(content));

        byte[] notElf = "#!/bin/sh\necho not an ELF file\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(NativeSymbolStripper.strip(notElf)).isSameAs(notElf);
    }

    private static Map<Path, byte[]> contents(Path root) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** Section name → content, read with a parser of the test's own (ELF64, little-endian). */
    private static Map<String, byte[]> sections(byte[] elf) {
        ByteBuffer in = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        int shoff = (int) in.getLong(0x28);
        int shnum = Short.toUnsignedInt(in.getShort(0x3C));
        int shstrndx = Short.toUnsignedInt(in.getShort(0x3E));
        int namesAt = (int) in.getLong(shoff + shstrndx * 64 + 24);
        Map<String, byte[]> sections = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i < shnum; i++) {
            order.add(i);
        }
        for (int i : order) {
            int at = shoff + i * 64;
            int nameAt = namesAt + in.getInt(at);
            int end = nameAt;
            while (elf[end] != 0) {
                end++;
            }
            String name = new String(elf, nameAt, end - nameAt, StandardCharsets.US_ASCII);
            int type = in.getInt(at + 4);
            long offset = in.getLong(at + 24);
            long size = type == 8 ? 0 : in.getLong(at + 32); // SHT_NOBITS has no bytes in the file
            byte[] content = new byte[(int) size];
            System.arraycopy(elf, (int) offset, content, 0, (int) size);
            sections.put(name + (sections.containsKey(name) ? "#" + i : ""), content);
        }
        return sections;
    }
}
