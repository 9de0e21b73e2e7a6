package org.ramp.grading.cost;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A callgrind profile written with {@code --dump-instr=yes --dump-line=no --compress-pos=no} and the single
 * event Ir: the instructions executed at each instruction address, whatever function, object or file they
 * belong to. Only the cost lines are summed; the line after {@code calls=} is the inclusive cost of a call
 * and is skipped. The sum must equal the profile's own summary and totals, so that a truncated or edited
 * profile is rejected instead of undercounted. With {@code --collect-jumps=yes} the profile also records
 * every control transfer ({@link #edges()}), which tells how the program's code entered the libraries.
 */
public final class CallgrindProfile {
    private static final Pattern COST = Pattern.compile("0x([0-9a-f]{1,16}) (\\d{1,19}) ?");
    private static final Pattern CALLS = Pattern.compile("calls=\\d{1,19} 0x([0-9a-f]{1,16}) ?");
    /** jump=COUNT TARGET and jcnd=EXECUTED/COUNT TARGET (--collect-jumps=yes); the next line is the source. */
    private static final Pattern JUMP = Pattern.compile("(?:jump=\\d{1,19}|jcnd=\\d{1,19}/\\d{1,19}) 0x([0-9a-f]{1,16}) ?");
    private static final Pattern SOURCE = Pattern.compile("0x([0-9a-f]{1,16}) ?");
    private static final Pattern NAMED = Pattern.compile("(?:ob|fl|fi|fe|fn|cob|cfi|cfl|cfn)=.*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,19}");

    private final long pid;
    private final String command;
    private final long[] addresses;
    private final long[] counts;
    private final long total;
    private final List<Edge> edges;

    /** A call, jump or branch callgrind saw from one instruction address to another (in any thread). */
    public record Edge(long from, long to) {
    }

    private CallgrindProfile(long pid, String command, long[] addresses, long[] counts, long total, List<Edge> edges) {
        this.pid = pid;
        this.command = command;
        this.addresses = addresses;
        this.counts = counts;
        this.total = total;
        this.edges = List.copyOf(edges);
    }

    /**
     * Every control transfer recorded: calls, jumps and taken branches between basic blocks, and returns
     * to anywhere but the caller (callgrind records those as calls).
     */
    public List<Edge> edges() {
        return edges;
    }

    public long pid() {
        return pid;
    }

    /** The command line the profile was made of (the program's path when it had no arguments). */
    public String command() {
        return command;
    }

    /** Every instruction executed, from the summary, which the cost lines add up to. */
    public long total() {
        return total;
    }

    /** The instructions executed at addresses outside the given ranges. */
    public long countOutside(AddressRanges ranges) {
        long sum = 0;
        for (int i = 0; i < addresses.length; i++) {
            if (!ranges.contains(addresses[i])) {
                sum += counts[i];
            }
        }
        return sum;
    }

    /** @throws IllegalArgumentException naming the first line that does not belong to such a profile */
    public static CallgrindProfile parse(byte[] content) {
        String[] lines = new String(content, StandardCharsets.ISO_8859_1).split("\n", -1);
        long pid = -1;
        String command = null;
        Long summary = null;
        Long totals = null;
        int parts = 0;
        boolean inclusive = false;
        Long edgeTarget = null;
        Set<Edge> edges = new LinkedHashSet<>();
        long sum = 0;
        long[] addresses = new long[1024];
        long[] counts = new long[1024];
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (edgeTarget != null) {
                // the source of a jump: its address alone, or its address and the call's inclusive cost
                Matcher source = (inclusive ? COST : SOURCE).matcher(line);
                if (!source.matches()) {
                    throw malformed(i, "a call or jump without its source line");
                }
                edges.add(new Edge(Long.parseUnsignedLong(source.group(1), 16), edgeTarget));
                edgeTarget = null;
                inclusive = false;
                continue;
            }
            Matcher cost = COST.matcher(line);
            if (cost.matches()) {
                if (n == addresses.length) {
                    addresses = Arrays.copyOf(addresses, n * 2);
                    counts = Arrays.copyOf(counts, n * 2);
                }
                addresses[n] = Long.parseUnsignedLong(cost.group(1), 16);
                counts[n] = Long.parseLong(cost.group(2));
                sum = Math.addExact(sum, counts[n]);
                n++;
                continue;
            }
            Matcher call = CALLS.matcher(line);
            Matcher jump = JUMP.matcher(line);
            if (call.matches()) {
                inclusive = true;
                edgeTarget = Long.parseUnsignedLong(call.group(1), 16);
            } else if (jump.matches()) {
                edgeTarget = Long.parseUnsignedLong(jump.group(1), 16);
            } else if (line.startsWith("pid: ")) {
                pid = number(line.substring(5), i);
            } else if (line.startsWith("cmd: ")) {
                command = line.substring(5).strip();
            } else if (line.startsWith("part: ")) {
                parts++;
            } else if (line.startsWith("summary: ")) {
                summary = number(line.substring(9), i);
            } else if (line.startsWith("totals: ")) {
                totals = number(line.substring(8), i);
            } else if (line.startsWith("positions: ") && !line.equals("positions: instr")) {
                throw malformed(i, "positions are not instruction addresses");
            } else if (line.startsWith("events: ") && !line.equals("events: Ir")) {
                throw malformed(i, "the events are not Ir alone");
            } else if (!(line.isEmpty() || line.startsWith("#") || line.startsWith("version: ")
                    || line.startsWith("creator: ") || line.startsWith("desc: ") || line.startsWith("positions: ")
                    || line.startsWith("events: ") || NAMED.matcher(line).matches())) {
                throw malformed(i, "an unexpected line");
            }
        }
        if (edgeTarget != null) {
            throw new IllegalArgumentException("the profile ends inside a call or jump record");
        }
        if (parts != 1 || summary == null || totals == null || pid < 0 || command == null) {
            throw new IllegalArgumentException("not one complete callgrind profile (" + parts + " parts, summary "
                    + summary + ", totals " + totals + ")");
        }
        if (sum != summary || sum != totals) {
            throw new IllegalArgumentException("the cost lines add up to " + sum + ", the profile says " + summary
                    + " and " + totals);
        }
        return new CallgrindProfile(pid, command, Arrays.copyOf(addresses, n), Arrays.copyOf(counts, n), sum,
                new ArrayList<>(edges));
    }

    private static long number(String text, int line) {
        if (!NUMBER.matcher(text.strip()).matches()) {
            throw malformed(line, "not a number: " + text);
        }
        return Long.parseLong(text.strip());
    }

    private static IllegalArgumentException malformed(int index, String what) {
        return new IllegalArgumentException("line " + (index + 1) + " of the profile: " + what);
    }
}
