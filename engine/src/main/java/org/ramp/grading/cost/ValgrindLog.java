package org.ramp.grading.cost;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log of a counted run under {@code valgrind --tool=callgrind --trace-syscalls=yes}: which process it
 * was, the system calls the program made (valgrind writes each one before the kernel runs it) and the
 * instructions valgrind collected. Strings the program passed to a system call are printed inside the
 * record and may hold line breaks, so this log can gain lines the program chose; it can never lose any,
 * and every decision made from it only gets stricter with more lines.
 */
public final class ValgrindLog {
    private static final Pattern HEADER = Pattern.compile("==(\\d{1,10})== Callgrind, a call-graph generating cache profiler");
    private static final Pattern COMMAND = Pattern.compile("==(\\d{1,10})== Command: (.*)");
    private static final Pattern SYSCALL = Pattern.compile("SYSCALL\\[(\\d{1,10}),(\\d{1,10})\\]\\((\\d{1,6})\\) (.*)");
    private static final Pattern COLLECTED = Pattern.compile("==(\\d{1,10})== Collected : (\\d{1,19})");

    /**
     * One system call as valgrind printed it before running it.
     *
     * @param text what follows the number: the call's name and arguments, e.g. {@code sys_mprotect ( 0x4c1000, 16384, 1 )}
     */
    public record Syscall(long pid, long thread, int number, String text) {
        /** The comma-separated arguments between the first " ( " and the next " )", as printed. */
        public List<String> arguments() {
            int open = text.indexOf(" ( ");
            int close = open < 0 ? -1 : text.indexOf(" )", open);
            if (open < 0 || close < 0) {
                return List.of();
            }
            return List.of(text.substring(open + 3, close).split(", ", -1));
        }
    }

    private final long pid;
    private final String command;
    private final List<Syscall> syscalls;
    private final OptionalLong collected;

    private ValgrindLog(long pid, String command, List<Syscall> syscalls, OptionalLong collected) {
        this.pid = pid;
        this.command = command;
        this.syscalls = List.copyOf(syscalls);
        this.collected = collected;
    }

    public long pid() {
        return pid;
    }

    public String command() {
        return command;
    }

    public List<Syscall> syscalls() {
        return syscalls;
    }

    /** The instructions callgrind reported when the program ended; empty when it never ended normally. */
    public OptionalLong collected() {
        return collected;
    }

    /** @throws IllegalArgumentException when the log does not start as a callgrind log of one command */
    public static ValgrindLog parse(byte[] content) {
        String[] lines = new String(content, StandardCharsets.ISO_8859_1).split("\n", -1);
        Matcher header = HEADER.matcher(lines[0]);
        if (!header.matches()) {
            throw new IllegalArgumentException("the log does not start with callgrind's banner");
        }
        long pid = Long.parseLong(header.group(1));
        String command = null;
        List<Syscall> syscalls = new ArrayList<>();
        OptionalLong collected = OptionalLong.empty();
        for (String line : lines) {
            Matcher matcher = SYSCALL.matcher(line);
            if (matcher.matches()) {
                String text = matcher.group(4);
                if (!text.startsWith("... [async]")) { // the second half of a call that blocked
                    syscalls.add(new Syscall(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                            Integer.parseInt(matcher.group(3)), text));
                }
                continue;
            }
            matcher = COMMAND.matcher(line);
            if (command == null && matcher.matches() && Long.parseLong(matcher.group(1)) == pid) {
                command = matcher.group(2);
                continue;
            }
            matcher = COLLECTED.matcher(line);
            if (matcher.matches() && Long.parseLong(matcher.group(1)) == pid) {
                collected = OptionalLong.of(Long.parseLong(matcher.group(2)));
            }
        }
        if (command == null) {
            throw new IllegalArgumentException("the log names no command");
        }
        return new ValgrindLog(pid, command, syscalls, collected);
    }
}
