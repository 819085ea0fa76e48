package dev.lambdapackager.packager.jre;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the static symbol table ({@code .symtab} and its {@code .strtab}) from the linked JRE's ELF files, as
 * {@code strip} would: about 4 MB of libjvm.so, 1.3 MB of the zip, that nothing needs at run time (the dynamic
 * linker uses {@code .dynsym}, which stays; crash logs lose only the names of non-exported native functions).
 * jlink's {@code --strip-debug} keeps these tables, and builder images rarely carry binutils anyway.
 *
 * <p>Only what is safe is touched: 64-bit little-endian ELF (x86-64 and aarch64), a symbol table that is not
 * loaded ({@code SHF_ALLOC} unset), referred to by no other section, and lying after every segment's bytes. The
 * sections after it move down; the section header table is rewritten without the two entries. Anything else is left
 * as it is. The result depends only on the input bytes.
 */
public final class NativeSymbolStripper {

    private static final int SHT_SYMTAB = 2;
    private static final int SHT_STRTAB = 3;
    private static final int SHT_NOBITS = 8;
    private static final long SHF_ALLOC = 0x2;
    private static final long SHF_INFO_LINK = 0x40;
    private static final int SECTION_HEADER_SIZE = 64;

    private NativeSymbolStripper() {}

    /** Strips every ELF file under {@code directory}; returns how many bytes that saved. */
    public static long stripAll(Path directory) throws IOException {
        long saved = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            byte[] original = Files.readAllBytes(file);
            byte[] stripped = strip(original);
            if (stripped != original) {
                Files.write(file, stripped); // keeps the file's permissions
                saved += original.length - stripped.length;
            }
        }
        return saved;
    }

    /** The file without its static symbol table, or {@code elf} itself when there is nothing it can safely remove. */
    static byte[] strip(byte[] elf) {
        if (elf.length < 64
                || elf[0] != 0x7f
                || elf[1] != 'E'
                || elf[2] != 'L'
                || elf[3] != 'F'
                || elf[4] != 2
                || elf[5] != 1) {
            return elf; // not ELF, or not 64-bit little-endian
        }
        ByteBuffer in = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long shoff = in.getLong(0x28);
        int shentsize = Short.toUnsignedInt(in.getShort(0x3A));
        int shnum = Short.toUnsignedInt(in.getShort(0x3C));
        int shstrndx = Short.toUnsignedInt(in.getShort(0x3E));
        if (shentsize != SECTION_HEADER_SIZE
                || shnum == 0
                || shstrndx >= shnum
                || shoff + (long) shnum * shentsize > elf.length) {
            return elf;
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            sections.add(Section.read(in, (int) shoff + i * shentsize));
        }
        int symtab = -1;
        for (int i = 0; i < shnum; i++) {
            if (sections.get(i).type == SHT_SYMTAB) {
                symtab = i;
            }
        }
        if (symtab < 0) {
            return elf;
        }
        int strtab = sections.get(symtab).link;
        if (strtab <= 0
                || strtab >= shnum
                || strtab == shstrndx
                || sections.get(strtab).type != SHT_STRTAB
                || sections.get(symtab).loaded()
                || sections.get(strtab).loaded()) {
            return elf;
        }
        for (int i = 0; i < shnum; i++) {
            Section s = sections.get(i);
            boolean referrer = i != symtab
                    && i != strtab
                    && (s.link == symtab
                            || s.link == strtab
                            || ((s.flags & SHF_INFO_LINK) != 0 && (s.info == symtab || s.info == strtab)));
            if (referrer) {
                return elf;
            }
        }
        long cut = Math.min(sections.get(symtab).offset, sections.get(strtab).offset);
        if (cut < segmentsEnd(in) || cut < lastLoadedSectionEnd(sections)) {
            return elf;
        }

        // Keep the bytes before the cut; append the other sections that lay after it; then the header table.
        ByteBuffer out = ByteBuffer.allocate(elf.length + 4096).order(ByteOrder.LITTLE_ENDIAN);
        out.put(elf, 0, (int) cut);
        int[] newIndex = new int[shnum];
        List<Section> kept = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            if (i == symtab || i == strtab) {
                newIndex[i] = -1;
                continue;
            }
            newIndex[i] = kept.size();
            Section s = sections.get(i);
            if (s.offset >= cut && s.type != SHT_NOBITS && s.size > 0) {
                align(out, Math.max(1, s.align));
                long moved = out.position();
                out.put(elf, (int) s.offset, (int) s.size);
                s = s.at(moved);
            }
            kept.add(s);
        }
        align(out, 8);
        long newShoff = out.position();
        for (Section s : kept) {
            int link = s.link > 0 && s.link < shnum ? newIndex[s.link] : s.link;
            int info = (s.flags & SHF_INFO_LINK) != 0 && s.info > 0 && s.info < shnum ? newIndex[s.info] : s.info;
            s.write(out, link, info);
        }
        ByteBuffer result = ByteBuffer.wrap(java.util.Arrays.copyOf(out.array(), out.position()))
                .order(ByteOrder.LITTLE_ENDIAN);
        result.putLong(0x28, newShoff);
        result.putShort(0x3C, (short) kept.size());
        result.putShort(0x3E, (short) newIndex[shstrndx]);
        return result.array();
    }

    /** Where the last segment's bytes in the file end. */
    private static long segmentsEnd(ByteBuffer in) {
        long phoff = in.getLong(0x20);
        int phentsize = Short.toUnsignedInt(in.getShort(0x36));
        int phnum = Short.toUnsignedInt(in.getShort(0x38));
        long end = phoff + (long) phentsize * phnum;
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * phentsize);
            end = Math.max(end, in.getLong(at + 8) + in.getLong(at + 32)); // p_offset + p_filesz
        }
        return end;
    }

    private static long lastLoadedSectionEnd(List<Section> sections) {
        long end = 0;
        for (Section s : sections) {
            if (s.loaded() && s.type != SHT_NOBITS) {
                end = Math.max(end, s.offset + s.size);
            }
        }
        return end;
    }

    private static void align(ByteBuffer out, long alignment) {
        while (out.position() % alignment != 0) {
            out.put((byte) 0);
        }
    }

    /** One section header (ELF64). */
    private static final class Section {
        final int name;
        final int type;
        final long flags;
        final long addr;
        final long offset;
        final long size;
        final int link;
        final int info;
        final long align;
        final long entsize;

        private Section(
                int name,
                int type,
                long flags,
                long addr,
                long offset,
                long size,
                int link,
                int info,
                long align,
                long entsize) {
            this.name = name;
            this.type = type;
            this.flags = flags;
            this.addr = addr;
            this.offset = offset;
            this.size = size;
            this.link = link;
            this.info = info;
            this.align = align;
            this.entsize = entsize;
        }

        static Section read(ByteBuffer in, int at) {
            return new Section(
                    in.getInt(at),
                    in.getInt(at + 4),
                    in.getLong(at + 8),
                    in.getLong(at + 16),
                    in.getLong(at + 24),
                    in.getLong(at + 32),
                    in.getInt(at + 40),
                    in.getInt(at + 44),
                    in.getLong(at + 48),
                    in.getLong(at + 56));
        }

        boolean loaded() {
            return (flags & SHF_ALLOC) != 0;
        }

        Section at(long newOffset) {
            return new Section(name, type, flags, addr, newOffset, size, link, info, align, entsize);
        }

        void write(ByteBuffer out, int newLink, int newInfo) {
            out.putInt(name)
                    .putInt(type)
                    .putLong(flags)
                    .putLong(addr)
                    .putLong(offset)
                    .putLong(size)
                    .putInt(newLink)
                    .putInt(newInfo)
                    .putLong(align)
                    .putLong(entsize);
        }
    }
}
