package org.ramp.grading.execution;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * T4's cost: the instructions executed in the functions the IR itself defines, read from a cachegrind
 * profile. The runtime library, the C library and start-up code are left out, so that I/O and
 * start-up do not dilute the difference between optimised and unoptimised code.
 */
public final class InstructionCount {
    private static final Pattern DEFINE = Pattern.compile(
            "(?m)^define\\b[^@\\n]*@(\"(?:[^\"\\\\]|\\\\.)*\"|[-a-zA-Z$._][-a-zA-Z$._0-9]*|\\d+)\\s*\\(");

    private InstructionCount() {
    }

    /** Names of the functions an LLVM IR module defines (quotes removed). */
    public static Set<String> definedFunctions(String ir) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = DEFINE.matcher(ir);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (name.startsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            names.add(name);
        }
        return names;
    }

    /** Instructions per function in a cachegrind output file (events: Ir). */
    public static Map<String, Long> perFunction(byte[] profile) {
        Map<String, Long> counts = new HashMap<>();
        String function = null;
        for (String line : new String(profile, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("fn=")) {
                function = line.substring(3);
            } else if (line.startsWith("fl=")) {
                function = null;
            } else if (function != null && !line.isEmpty() && Character.isDigit(line.charAt(0))) {
                // "LINE COUNT": the source line (0 without debug information) and its instructions
                String[] fields = line.trim().split("\\s+");
                if (fields.length >= 2) {
                    counts.merge(function, Long.parseLong(fields[1]), Long::sum);
                }
            }
        }
        return counts;
    }

    /** The instructions executed in the given functions. */
    public static long of(byte[] profile, Set<String> functions) {
        return perFunction(profile).entrySet().stream()
                .filter(entry -> functions.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
