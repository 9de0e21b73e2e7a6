package org.ramp.grading.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.ramp.util.Text;

/**
 * The system calls a counted program may make (x86-64 numbers): what the C library's start-up, stdio and exit
 * make for a SysY program, and threads, whose instructions are counted like the main thread's. Everything
 * else is refused, because it could move work where the count does not look: another process (fork, vfork,
 * clone without CLONE_THREAD) or program (execve), executable memory made at run time (mmap or mprotect with
 * PROT_EXEC), remapped code (mremap), files (open, which would reach the profile and the map), other
 * processes (kill, ptrace, process_vm_writev), signal handlers (rt_sigaction, rt_sigreturn: a handler's
 * return can resume anywhere, unseen by callgrind's record of jumps).
 */
public final class SyscallPolicy {
    private static final long PROT_EXEC = 4;
    private static final long CLONE_VM = 0x100;
    private static final long CLONE_THREAD = 0x10000;
    /** Number → whether a call with these arguments is allowed (pid of the process, arguments). */
    private static final Map<Integer, BiPredicate<Long, List<String>>> ALLOWED = Map.ofEntries(
            Map.entry(0, fd(0)),                 // read: standard input only
            Map.entry(1, fd(1, 2)),              // write
            Map.entry(20, fd(1, 2)),             // writev (the C library's fatal messages)
            Map.entry(8, fd(0)),                 // lseek: stdio gives back unread input at exit
            Map.entry(5, fd(0, 1, 2)),           // fstat
            Map.entry(262, fd(0, 1, 2)),         // newfstatat
            Map.entry(16, fd(0, 1, 2)),          // ioctl: stdio asks whether a stream is a terminal
            Map.entry(9, (pid, a) -> notSet(a, 2, PROT_EXEC)),    // mmap, never executable
            Map.entry(10, (pid, a) -> notSet(a, 2, PROT_EXEC)),   // mprotect, never executable
            Map.entry(56, (pid, a) -> allSet(a, 0, CLONE_VM | CLONE_THREAD)), // clone: threads only
            Map.entry(234, (pid, a) -> is(a, 0, pid)),            // tgkill: only its own threads (abort)
            Map.entry(302, (pid, a) -> is(a, 0, 0) || is(a, 0, pid)), // prlimit64 of itself
            Map.entry(11, any()), Map.entry(12, any()),           // munmap, brk
            Map.entry(14, any()),                                 // rt_sigprocmask (abort)
            Map.entry(24, any()), Map.entry(202, any()),          // sched_yield, futex (threads)
            Map.entry(39, any()), Map.entry(186, any()), Map.entry(63, any()), // getpid, gettid, uname
            Map.entry(60, any()), Map.entry(231, any()),          // exit, exit_group
            Map.entry(89, any()),                                 // readlink (/proc/self/exe at start-up)
            Map.entry(96, any()), Map.entry(201, any()), Map.entry(228, any()), // time (starttime, stoptime)
            Map.entry(158, any()), Map.entry(218, any()), Map.entry(273, any()), // start-up: TLS, thread list
            Map.entry(318, any()), Map.entry(334, any()));        // getrandom, rseq

    private SyscallPolicy() {
    }

    /** What the program did that T4 does not allow, one line each; empty when it kept to the policy. */
    public static List<String> violations(ValgrindLog log) {
        List<String> found = new ArrayList<>();
        for (ValgrindLog.Syscall call : log.syscalls()) {
            String what = "system call " + call.number() + " " + Text.clip(printable(call.text()), 120);
            if (call.pid() != log.pid()) {
                found.add("another process (pid " + call.pid() + ") ran: " + what);
                continue;
            }
            BiPredicate<Long, List<String>> rule = ALLOWED.get(call.number());
            if (rule == null || !rule.test(log.pid(), call.arguments())) {
                found.add(what);
            }
        }
        return found;
    }

    private static BiPredicate<Long, List<String>> any() {
        return (pid, arguments) -> true;
    }

    private static BiPredicate<Long, List<String>> fd(long... allowed) {
        return (pid, arguments) -> {
            for (long fd : allowed) {
                if (is(arguments, 0, fd)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean is(List<String> arguments, int index, long value) {
        Long parsed = number(arguments, index);
        return parsed != null && parsed == value;
    }

    private static boolean notSet(List<String> arguments, int index, long bits) {
        Long parsed = number(arguments, index);
        return parsed != null && (parsed & bits) == 0;
    }

    /** clone's flags are printed in hexadecimal without 0x. */
    private static boolean allSet(List<String> arguments, int index, long bits) {
        if (arguments.size() <= index || !arguments.get(index).matches("[0-9a-f]{1,16}")) {
            return false;
        }
        long flags = Long.parseUnsignedLong(arguments.get(index), 16);
        return (flags & bits) == bits;
    }

    /** A decimal or 0x-hexadecimal argument, or null when it is neither. */
    private static Long number(List<String> arguments, int index) {
        if (arguments.size() <= index) {
            return null;
        }
        String text = arguments.get(index).strip();
        try {
            if (text.startsWith("0x")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The program chose some of this text: control characters are shown as escapes. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
