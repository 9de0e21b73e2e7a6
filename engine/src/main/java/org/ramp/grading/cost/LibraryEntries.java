package org.ramp.grading.cost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the program's own code may enter the trusted code: the SysY runtime's functions, and the C library's
 * implementations of memcpy, memmove and memset (which llc calls for LLVM's memory intrinsics). The C library
 * linked into every program holds much more (qsort, string and number routines), and code reached by a
 * computed address runs uncounted like any trusted code; so every call, jump, branch or stray return that
 * callgrind saw from the program's code into trusted code must land on one of these entries.
 */
public final class LibraryEntries {
    private static final Pattern RUNTIME = Pattern.compile(".*/libsysy\\.a\\([^()/]+\\.o\\)");
    private static final Pattern MEMORY = Pattern.compile(".*/libc\\.a\\((?:memset|memmove|memcpy|mempcpy)[-a-z0-9_]*\\.o\\)");

    private LibraryEntries() {
    }

    /** The addresses where the program's code may enter trusted code. */
    public static Set<Long> allowed(LinkerMap map) {
        Set<Long> entries = new HashSet<>();
        for (LinkerMap.Symbol symbol : map.symbols()) {
            if (!LinkerMap.trusted(symbol.file())) {
                continue;
            }
            boolean runtime = RUNTIME.matcher(symbol.file()).matches()
                    && ProgramChecks.RUNTIME_FUNCTIONS.contains(symbol.name());
            if (runtime || MEMORY.matcher(symbol.file()).matches()) {
                entries.add(symbol.address());
            }
        }
        return entries;
    }

    /** Each transfer from untrusted into trusted code that lands elsewhere than an allowed entry, described. */
    public static List<String> violations(LinkerMap map, AddressRanges trusted, List<CallgrindProfile.Edge> edges) {
        Set<Long> allowed = allowed(map);
        Map<Long, LinkerMap.Symbol> named = new HashMap<>();
        map.symbols().stream().filter(s -> LinkerMap.trusted(s.file())).forEach(s -> named.putIfAbsent(s.address(), s));
        List<String> found = new ArrayList<>();
        for (CallgrindProfile.Edge edge : edges) {
            if (!trusted.contains(edge.from()) && trusted.contains(edge.to()) && !allowed.contains(edge.to())) {
                LinkerMap.Symbol symbol = named.get(edge.to());
                found.add(String.format("from 0x%x to 0x%x%s", edge.from(), edge.to(), symbol == null
                        ? " (inside a function of the C library)" : " (" + symbol.name() + ")"));
            }
        }
        return found;
    }
}
