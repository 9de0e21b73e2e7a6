package org.ramp.grading.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The input sections of a GNU ld link map ({@code -Wl,-Map=FILE}): where each object's sections were placed.
 * T4 trusts the code of the C library, libgcc, the C start-up files and the SysY runtime; every other
 * address, the agent's object above all, is counted. The map is parsed strictly by its layout (one space
 * before an input section's name, its address, size and file after it or on the next line); names in the
 * agent's object are checked elsewhere to hold no white space, so that no name can forge a line.
 */
public final class LinkerMap {
    private static final String MEMORY_MAP = "Linker script and memory map";
    private static final Pattern HEX = Pattern.compile("0x[0-9a-f]{1,16}");
    /** The trusted files, by the absolute paths the image's clang driver gives the linker. */
    private static final Pattern TRUSTED = Pattern.compile(
            "/(?:usr/)?lib/x86_64-linux-gnu/(?:crt1\\.o|crti\\.o|crtn\\.o|libc\\.a\\([^()/]+\\.o\\))"
            + "|/usr/(?:bin/\\.\\./)?lib/gcc/x86_64-linux-gnu/\\d+/(?:crtbeginT\\.o|crtend\\.o"
            + "|libgcc\\.a\\([^()/]+\\.o\\)|libgcc_eh\\.a\\([^()/]+\\.o\\))"
            + "|/opt/ramp/lib/x86_64/libsysy\\.a\\([^()/]+\\.o\\)");

    /** One input section: its name, where it was placed, and the file it came from. */
    public record InputSection(String outputSection, String name, long address, long size, String file) {
        public AddressRanges.Range range() {
            return new AddressRanges.Range(address, address + size);
        }
    }

    /** A symbol the map lists under the input section that defines it. */
    public record Symbol(String name, long address, String file) {
    }

    private final List<InputSection> sections;
    private final List<Symbol> symbols;

    private LinkerMap(List<InputSection> sections, List<Symbol> symbols) {
        this.sections = List.copyOf(sections);
        this.symbols = List.copyOf(symbols);
    }

    public List<InputSection> sections() {
        return sections;
    }

    /** The global symbols of the placed sections. */
    public List<Symbol> symbols() {
        return symbols;
    }

    /** Whether code from this file (as the map names it) is left out of T4's count. */
    public static boolean trusted(String file) {
        return TRUSTED.matcher(file).matches();
    }

    /** Where the trusted files' sections were placed. */
    public AddressRanges trustedRanges() {
        return AddressRanges.of(sections.stream().filter(s -> trusted(s.file())).map(InputSection::range).toList());
    }

    /** Where every other file's sections were placed. */
    public AddressRanges untrustedRanges() {
        return AddressRanges.of(sections.stream().filter(s -> !trusted(s.file())).map(InputSection::range).toList());
    }

    /** The placed sections (address and size above 0) of the memory map part of a link map. */
    public static LinkerMap parse(String text) {
        String[] lines = text.split("\n", -1);
        int start = 0;
        while (start < lines.length && !lines[start].equals(MEMORY_MAP)) {
            start++;
        }
        if (start == lines.length) {
            throw new IllegalArgumentException("no \"" + MEMORY_MAP + "\" part: not a GNU ld link map");
        }
        List<InputSection> sections = new ArrayList<>();
        List<Symbol> symbols = new ArrayList<>();
        String output = "";
        String pending = null;
        String definer = null; // the file of the last input section, whose symbols follow it
        for (int i = start + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                pending = null;
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            if (!Character.isWhitespace(line.charAt(0))) {
                output = fields[0];
                pending = null;
                definer = null;
            } else if (line.charAt(1) != ' ') {
                // " NAME ADDRESS SIZE FILE", or " NAME" alone when the name is long
                pending = null;
                definer = null;
                if (fields.length == 1) {
                    pending = fields[0];
                } else if (fields.length == 4) {
                    definer = add(sections, output, fields[0], fields[1], fields[2], fields[3]);
                }
            } else if (pending != null && fields.length == 3) {
                definer = add(sections, output, pending, fields[0], fields[1], fields[2]);
                pending = null;
            } else if (definer != null && fields.length == 2 && HEX.matcher(fields[0]).matches()
                    && !HEX.matcher(fields[1]).matches()) {
                symbols.add(new Symbol(fields[1], Long.parseUnsignedLong(fields[0].substring(2), 16), definer));
            } else {
                pending = null;
                definer = null;
            }
        }
        return new LinkerMap(sections, symbols);
    }

    /** Adds a placed input section; returns its file, or null when the line is not one. */
    private static String add(List<InputSection> sections, String output, String name, String address, String size,
            String file) {
        if (name.startsWith("*") || !HEX.matcher(address).matches() || !HEX.matcher(size).matches()) {
            return null; // fill, linker script statements
        }
        long at = Long.parseUnsignedLong(address.substring(2), 16);
        long length = Long.parseUnsignedLong(size.substring(2), 16);
        if (at > 0 && length > 0) {
            if (at + length < at) {
                throw new IllegalArgumentException("section " + name + " of " + file + " wraps around the address space");
            }
            sections.add(new InputSection(output, name, at, length, file));
        }
        return file;
    }
}
