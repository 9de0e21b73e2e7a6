package org.ramp.results;

/**
 * What an agent program printed in a stage, kept in the run folder (bounded: the beginning and the
 * end of a long output) and summarised here by the end of each stream, for the report and the plugin.
 * The text is the program's, so untrusted: readers escape it.
 *
 * @param stdoutFile  the file holding its standard output, relative to the run folder (agent/T0.out)
 * @param stdoutBytes how many bytes it wrote there in all, kept or not
 * @param stderrFile  the same for standard error (agent/T0.err)
 * @param truncated   whether the middle of a stream was left out of its file
 * @param stdoutTail  the last lines of standard output, printable
 * @param stderrTail  the last lines of standard error, printable
 */
public record ProgramOutput(String stdoutFile, long stdoutBytes, String stderrFile, long stderrBytes,
        boolean truncated, String stdoutTail, String stderrTail) {
}
