package org.ramp.grading.cost;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the object llc made from the agent's IR, and the program linked from it, must be for the count to
 * hold. The object may call only the SysY runtime and the memory functions LLVM lowers its intrinsics to;
 * its names hold no white space (they could forge lines of the link map); the program has no memory that
 * is both writable and executable and no executable stack (code made at run time could hide from the
 * checks below), and no valgrind client request anywhere in its code (a client request can switch
 * counting off or run a function outside valgrind, uncounted).
 */
public final class ProgramChecks {
    /** The functions of the SysY runtime library, tasks/runtime/sylib.h. */
    public static final Set<String> RUNTIME_FUNCTIONS = Set.of("getint", "getch", "getfloat", "getarray",
            "getfarray", "putint", "putch", "putfloat", "putarray", "putfarray", "putf", "starttime", "stoptime");
    /** What llc lowers llvm.memcpy, llvm.memmove and llvm.memset to; the C library runs them, uncounted. */
    public static final Set<String> MEMORY_FUNCTIONS = Set.of("memcpy", "memmove", "memset");
    /** The preamble of every amd64 valgrind client request: rol $3, $13, $61, $51 of %rdi. */
    private static final byte[] CLIENT_REQUEST = {0x48, (byte) 0xc1, (byte) 0xc7, 0x03, 0x48, (byte) 0xc1,
        (byte) 0xc7, 0x0d, 0x48, (byte) 0xc1, (byte) 0xc7, 0x3d, 0x48, (byte) 0xc1, (byte) 0xc7, 0x33};

    private ProgramChecks() {
    }

    /** What is wrong with the agent's object file, one line each. */
    public static List<String> ofObject(ElfFile object) {
        List<String> problems = new ArrayList<>();
        for (ElfFile.Section section : object.sections()) {
            if (!plainName(section.name())) {
                problems.add("a section name with white space or control characters: " + shown(section.name()));
            } else if (section.name().startsWith(".gnu_debug")) {
                problems.add("a " + section.name() + " section (it would make valgrind read another file)");
            }
        }
        Set<String> called = new LinkedHashSet<>();
        for (ElfFile.Symbol symbol : object.symbols()) {
            if (symbol.isFile()) {
                continue; // the IR's source_filename: never printed in the link map, stripped from the program
            }
            if (!plainName(symbol.name())) {
                problems.add("a symbol name with white space or control characters: " + shown(symbol.name()));
            } else if (symbol.undefined() && !symbol.name().isEmpty() && !RUNTIME_FUNCTIONS.contains(symbol.name())
                    && !MEMORY_FUNCTIONS.contains(symbol.name())) {
                called.add(symbol.name());
            }
        }
        if (!called.isEmpty()) {
            problems.add("it uses " + String.join(", ", called.stream().map(ProgramChecks::shown).toList())
                    + ", which the SysY runtime does not define; a program may call only the runtime's functions"
                    + " (and memcpy, memmove, memset, what llc makes of LLVM's memory intrinsics)");
        }
        return problems;
    }

    /** What is wrong with the linked program, one line each. */
    public static List<String> ofExecutable(ElfFile program) {
        List<String> problems = new ArrayList<>();
        boolean stackNoted = false;
        for (ElfFile.Segment segment : program.segments()) {
            if (segment.type() == ElfFile.PT_GNU_STACK) {
                stackNoted = true;
                if (segment.executable()) {
                    problems.add("its stack is executable");
                }
            }
            if (segment.type() == ElfFile.PT_LOAD && segment.executable() && segment.writable()) {
                problems.add(String.format("a segment at 0x%x is both writable and executable", segment.address()));
            }
            if (segment.executable() && indexOf(program.contents(segment), CLIENT_REQUEST) >= 0) {
                problems.add(String.format("its code at 0x%x holds a valgrind client request",
                        segment.address() + indexOf(program.contents(segment), CLIENT_REQUEST)));
            }
        }
        if (!stackNoted) {
            problems.add("it does not say that its stack is not executable (no PT_GNU_STACK)");
        }
        return problems;
    }

    /** Where the program's code is loaded: its executable segments, the only places instructions can run from. */
    public static AddressRanges code(ElfFile program) {
        return AddressRanges.of(program.segments().stream()
                .filter(s -> s.type() == ElfFile.PT_LOAD && s.executable())
                .map(s -> new AddressRanges.Range(s.address(), s.address() + s.memorySize()))
                .toList());
    }

    /** Printable ASCII without spaces: what LLVM gives names made of SysY identifiers. */
    static boolean plainName(String name) {
        return name.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static String shown(String name) {
        return "\"" + org.ramp.util.Text.clip(SyscallPolicy.printable(name), 80) + "\"";
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
