package org.ramp.grading.execution;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a T4 counted run's profile is what valgrind wrote when the program ended. The program runs
 * inside valgrind's process and could write the profile itself, lower its own file-size limit so that
 * valgrind's profile is cut short, or end without valgrind writing one; so the profile must be complete
 * (its lines add up to its summary) and agree with the last line of valgrind's log, which valgrind
 * writes last and the program cannot take back (the log is the step's channel, a pipe).
 */
final class CountedRun {
    private static final Pattern SUMMARY = Pattern.compile("(?m)^summary:\\s+(\\d+)\\s*$");
    private static final Pattern REFS = Pattern.compile("^==\\d+== I\\s+refs:\\s+([\\d,]+)\\s*$");

    private CountedRun() {
    }

    /** Why the profile cannot be trusted, or empty when it can. */
    static Optional<String> problem(byte[] profile, byte[] log) {
        String text = new String(profile, StandardCharsets.UTF_8);
        Matcher summary = SUMMARY.matcher(text);
        if (!summary.find()) {
            return Optional.of("the cost profile has no summary: it was cut short or not written by valgrind");
        }
        long total = Long.parseLong(summary.group(1));
        long sum = 0;
        for (String line : text.split("\n")) {
            // "LINE COUNT": the instructions of a source line of the function named before it
            if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length >= 2) {
                    sum += Long.parseLong(fields[1]);
                }
            }
        }
        if (sum != total) {
            return Optional.of("the cost profile is incomplete: its lines add up to " + sum + " instructions, its"
                    + " summary says " + total);
        }
        List<String> lines = new String(log, StandardCharsets.UTF_8).strip().lines().toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        Matcher refs = REFS.matcher(last);
        if (!refs.matches()) {
            return Optional.of("valgrind did not finish the counted run (its log ends with \""
                    + org.ramp.util.Text.clip(last, 120) + "\"): the program ran another program or was killed");
        }
        long counted = Long.parseLong(refs.group(1).replace(",", ""));
        if (counted != total) {
            return Optional.of("the cost profile says " + total + " instructions, valgrind counted " + counted);
        }
        return Optional.empty();
    }
}
