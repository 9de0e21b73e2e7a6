package org.ramp.grading.cost;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a 64-bit little-endian ELF file (x86-64 object or executable) that T4's checks read:
 * program headers, section headers with their names, and the symbol table. Every offset is bounds-checked,
 * because the object is made from the agent's IR; a malformed file is an {@link IllegalArgumentException}.
 */
public final class ElfFile {
    public static final int PT_LOAD = 1;
    public static final int PT_GNU_STACK = 0x6474e551;
    public static final int PF_X = 1;
    public static final int PF_W = 2;
    static final int SHT_SYMTAB = 2;
    static final int SHN_UNDEF = 0;
    private static final int SHN_XINDEX = 0xffff;

    /** A program header. */
    public record Segment(int type, int flags, long offset, long address, long fileSize, long memorySize) {
        public boolean executable() {
            return (flags & PF_X) != 0;
        }

        public boolean writable() {
            return (flags & PF_W) != 0;
        }
    }

    /** A section header, with its name read from the section name table. */
    public record Section(String name, int type, long flags, long address, long offset, long size, int link) {
    }

    /** A symbol; {@code section} is the raw st_shndx, {@link #SHN_UNDEF} for an undefined symbol. */
    public record Symbol(String name, int section, int info) {
        public boolean undefined() {
            return section == SHN_UNDEF;
        }

        /** STT_FILE: the name of the source file the object was made from. */
        public boolean isFile() {
            return (info & 0xf) == 4;
        }
    }

    private final ByteBuffer bytes;
    private final List<Segment> segments;
    private final List<Section> sections;
    private final List<Symbol> symbols;

    private ElfFile(byte[] content) {
        bytes = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        if (content.length < 64 || bytes.getInt(0) != 0x464c457f) {
            throw new IllegalArgumentException("not an ELF file");
        }
        if (content[4] != 2 || content[5] != 1 || u16(18) != 62) {
            throw new IllegalArgumentException("not a 64-bit little-endian x86-64 ELF file");
        }
        segments = readSegments();
        sections = readSections();
        symbols = readSymbols();
    }

    public static ElfFile parse(byte[] content) {
        return new ElfFile(content);
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Symbol> symbols() {
        return symbols;
    }

    /** The file bytes of a segment (its initialised part). */
    public byte[] contents(Segment segment) {
        return slice(segment.offset(), segment.fileSize());
    }

    private List<Segment> readSegments() {
        long offset = u64(32);
        int size = u16(54);
        int count = u16(56);
        List<Segment> result = new ArrayList<>();
        if (count == 0) {
            return result;
        }
        if (size < 56) {
            throw new IllegalArgumentException("program header entries of " + size + " bytes");
        }
        for (int i = 0; i < count; i++) {
            int at = index(offset + (long) i * size, 56);
            result.add(new Segment(bytes.getInt(at), bytes.getInt(at + 4), bytes.getLong(at + 8),
                    bytes.getLong(at + 16), bytes.getLong(at + 32), bytes.getLong(at + 40)));
        }
        return List.copyOf(result);
    }

    private record RawSection(int name, int type, long flags, long address, long offset, long size, int link) {
    }

    private List<Section> readSections() {
        long offset = u64(40);
        int size = u16(58);
        long count = u16(60);
        int names = u16(62);
        if (offset == 0) {
            return List.of();
        }
        if (size < 64) {
            throw new IllegalArgumentException("section header entries of " + size + " bytes");
        }
        RawSection first = rawSection(offset, size, 0);
        if (count == 0) {
            count = first.size(); // more than 0xff00 sections: the count is in section 0
        }
        if (names == SHN_XINDEX) {
            names = first.link();
        }
        if (count > bytes.capacity() / 64) {
            throw new IllegalArgumentException(count + " sections in a file of " + bytes.capacity() + " bytes");
        }
        List<RawSection> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            raw.add(rawSection(offset, size, i));
        }
        if (names >= raw.size()) {
            throw new IllegalArgumentException("the section name table is section " + names + " of " + raw.size());
        }
        RawSection table = raw.get(names);
        List<Section> result = new ArrayList<>();
        for (RawSection s : raw) {
            result.add(new Section(string(table, s.name()), s.type(), s.flags(), s.address(), s.offset(), s.size(),
                    s.link()));
        }
        return List.copyOf(result);
    }

    private RawSection rawSection(long table, int size, long i) {
        int at = index(table + i * size, 64);
        return new RawSection(bytes.getInt(at), bytes.getInt(at + 4), bytes.getLong(at + 8), bytes.getLong(at + 16),
                bytes.getLong(at + 24), bytes.getLong(at + 32), bytes.getInt(at + 40));
    }

    private List<Symbol> readSymbols() {
        List<Symbol> result = new ArrayList<>();
        for (Section section : sections) {
            if (section.type() != SHT_SYMTAB) {
                continue;
            }
            if (section.link() < 0 || section.link() >= sections.size()) {
                throw new IllegalArgumentException("symbol table " + section.name() + " names no string table");
            }
            Section strings = sections.get(section.link());
            RawSection stringTable = new RawSection(0, strings.type(), strings.flags(), strings.address(),
                    strings.offset(), strings.size(), strings.link());
            index(section.offset(), section.size());
            for (long at = section.offset(); at + 24 <= section.offset() + section.size(); at += 24) {
                int i = index(at, 24);
                result.add(new Symbol(string(stringTable, bytes.getInt(i)), u16(i + 6), bytes.get(i + 4) & 0xff));
            }
        }
        return List.copyOf(result);
    }

    /** A NUL-terminated string at an offset in a string table section. */
    private String string(RawSection table, int offset) {
        if (offset < 0 || offset >= table.size()) {
            if (offset == 0) {
                return "";
            }
            throw new IllegalArgumentException("a name at offset " + offset + " outside its string table");
        }
        int start = index(table.offset() + offset, 1);
        int end = start;
        int limit = index(table.offset(), table.size()) + (int) table.size();
        while (end < limit && bytes.get(end) != 0) {
            end++;
        }
        byte[] name = new byte[end - start];
        bytes.get(start, name);
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    private byte[] slice(long offset, long length) {
        int at = index(offset, length);
        byte[] result = new byte[(int) length];
        bytes.get(at, result);
        return result;
    }

    /** The offset as an int, after checking that {@code length} bytes from it are inside the file. */
    private int index(long offset, long length) {
        if (offset < 0 || length < 0 || offset > bytes.capacity() || length > bytes.capacity() - offset) {
            throw new IllegalArgumentException("a structure at offset " + offset + " (" + length
                    + " bytes) outside the file of " + bytes.capacity() + " bytes");
        }
        return (int) offset;
    }

    private int u16(int at) {
        return bytes.getShort(index(at, 2)) & 0xffff;
    }

    private long u64(int at) {
        return bytes.getLong(index(at, 8));
    }
}
