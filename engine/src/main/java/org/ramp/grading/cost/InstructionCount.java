package org.ramp.grading.cost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * T4's cost: every instruction the program executed, in every thread, except those at addresses where the
 * link map placed the trusted code (the C library, libgcc, start-up files, the SysY runtime). The cost is
 * decided by where the executed code lives, so no linkage, name, alias, section or constructor moves work
 * out of it; and the checks of {@link ProgramChecks} and {@link SyscallPolicy} refuse what could run code
 * where the profile does not see it (other processes, client requests, code made at run time).
 */
public final class InstructionCount {
    /** The files of a counted run, in the case folder; the grader's commands write them. */
    public static final String OBJECT = "program.o";
    public static final String MAP = "program.map";
    public static final String PROFILE = "callgrind.out";
    public static final String LOG = "valgrind.log";
    /** No honest file of a counted run comes near this; a larger one is refused unread. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private InstructionCount() {
    }

    /** The outcome of measuring one run. */
    public sealed interface Measurement permits Counted, Refused {
    }

    /**
     * @param instructions the cost: instructions executed outside the trusted code
     * @param total        every instruction executed, trusted code included
     */
    public record Counted(long instructions, long total) implements Measurement {
    }

    /**
     * @param reason        why the run has no cost
     * @param ruleViolation whether the agent's program broke T4's rules (as opposed to dying or being unreadable)
     */
    public record Refused(String reason, boolean ruleViolation) implements Measurement {
    }

    /** The run's files as read from its case folder; null for a file that is missing (or a link, or too large). */
    public record RunFiles(byte[] object, byte[] program, byte[] map, byte[] profile, byte[] log) {
    }

    /**
     * Measures the run whose files are in {@code dir}, the program having been run as {@code command}.
     *
     * @param programFile the linked program's file name in {@code dir}
     */
    public static Measurement measure(Path dir, String programFile, String command) {
        return measure(new RunFiles(read(dir.resolve(OBJECT)), read(dir.resolve(programFile)), read(dir.resolve(MAP)),
                read(dir.resolve(PROFILE)), read(dir.resolve(LOG))), command);
    }

    /** The pure part: the checks and the count, from the files' contents. */
    public static Measurement measure(RunFiles files, String command) {
        if (files.object() == null || files.program() == null || files.map() == null) {
            return new Refused("the compile step left no " + OBJECT + ", program or " + MAP, false);
        }
        List<String> problems = new ArrayList<>();
        AddressRanges code;
        try {
            problems.addAll(ProgramChecks.ofObject(ElfFile.parse(files.object())));
            ElfFile program = ElfFile.parse(files.program());
            problems.addAll(ProgramChecks.ofExecutable(program));
            code = ProgramChecks.code(program);
        } catch (IllegalArgumentException e) {
            return new Refused("the compiled program cannot be read as ELF: " + e.getMessage(), true);
        }
        if (!problems.isEmpty()) {
            return new Refused("the compiled program breaks T4's rules: " + String.join("; ", problems), true);
        }
        if (files.log() == null) {
            return new Refused("the counted run left no " + LOG, false);
        }
        LinkerMap map;
        ValgrindLog log;
        try {
            map = LinkerMap.parse(new String(files.map(), StandardCharsets.ISO_8859_1));
            log = ValgrindLog.parse(files.log());
        } catch (IllegalArgumentException e) {
            return new Refused("the link map or valgrind log cannot be read: " + e.getMessage(), false);
        }
        List<String> calls = SyscallPolicy.violations(log);
        if (!calls.isEmpty()) {
            return new Refused("the program made system calls T4 does not allow: " + String.join("; ",
                    calls.subList(0, Math.min(3, calls.size()))) + (calls.size() > 3 ? "; and " + (calls.size() - 3)
                    + " more" : ""), true);
        }
        if (files.profile() == null) {
            return new Refused("the counted run left no " + PROFILE + ": the program did not end under valgrind"
                    + " (killed?)", false);
        }
        CallgrindProfile profile;
        try {
            profile = CallgrindProfile.parse(files.profile());
        } catch (IllegalArgumentException e) {
            return new Refused("the counted run's profile is incomplete: " + e.getMessage(), false);
        }
        if (!log.command().equals(command) || !profile.command().equals(command) || profile.pid() != log.pid()) {
            return new Refused("the profile and the log are not of the run of " + command, false);
        }
        if (log.collected().isEmpty() || log.collected().getAsLong() != profile.total()) {
            return new Refused("the program did not end under valgrind (the log reports no total equal to the"
                    + " profile's " + profile.total() + ")", false);
        }
        // only code matters (data sections overlap where thread-local storage takes no room in the image)
        AddressRanges trusted = map.trustedRanges().intersection(code);
        AddressRanges untrusted = map.untrustedRanges().intersection(code);
        if (trusted.isEmpty() || untrusted.isEmpty() || trusted.overlaps(untrusted)) {
            return new Refused("the link map does not separate the program's own code from the libraries'", false);
        }
        List<String> entries = LibraryEntries.violations(map, trusted, profile.edges());
        if (!entries.isEmpty()) {
            return new Refused("the program's code entered the C library other than through the runtime's"
                    + " functions and memcpy, memmove, memset: " + String.join("; ", entries.subList(0,
                    Math.min(3, entries.size()))) + (entries.size() > 3 ? "; and " + (entries.size() - 3)
                    + " more" : ""), true);
        }
        return new Counted(profile.countOutside(trusted), profile.total());
    }

    /** The file's bytes, or null when it is absent, not a regular file (a link) or too large. */
    public static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
                return content.length > MAX_FILE_BYTES ? null : content;
            }
        } catch (IOException e) {
            return null;
        }
    }
}
