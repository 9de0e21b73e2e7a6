package org.ramp.grading.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.ramp.sandbox.JobResult;
import org.ramp.util.Text;
import org.ramp.workload.Artifacts;

/** What a test program must print and the status it must exit with, from its golden folder. */
public record ExpectedBehaviour(byte[] stdout, int exitStatus) {

    public static ExpectedBehaviour read(Path goldenDir) {
        try {
            byte[] stdout = Files.readAllBytes(goldenDir.resolve(Artifacts.STDOUT));
            int exit = Integer.parseInt(Files.readString(goldenDir.resolve(Artifacts.EXIT_STATUS)).strip());
            return new ExpectedBehaviour(stdout, exit);
        } catch (IOException e) {
            throw new UncheckedIOException("the golden folder " + goldenDir + " lacks the expected output; "
                    + "run: ramp golden generate", e);
        }
    }

    /** Why a finished run does not behave as expected, or empty when it does. */
    public Optional<String> mismatch(JobResult run) {
        if (run.exitCode() != exitStatus) {
            return Optional.of("exit status " + run.exitCode() + describeSignal(run.exitCode()) + ", expected "
                    + exitStatus + firstDifference(run.stdout()).map(d -> "; and stdout differs: " + d).orElse(""));
        }
        return firstDifference(run.stdout()).map(d -> "stdout differs: " + d);
    }

    private Optional<String> firstDifference(byte[] actual) {
        if (Arrays.equals(stdout, actual)) {
            return Optional.empty();
        }
        String[] want = new String(stdout, StandardCharsets.UTF_8).split("\n", -1);
        String[] got = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : null;
            String g = i < got.length ? got[i] : null;
            if (w == null || !w.equals(g)) {
                return Optional.of("line " + (i + 1) + ": expected " + show(w) + ", got " + show(g));
            }
        }
        return Optional.of("the bytes differ (" + actual.length + " bytes, expected " + stdout.length + ")");
    }

    private static String show(String line) {
        if (line == null) {
            return "end of output";
        }
        return "\"" + Text.clip(line, 60) + "\"";
    }

    /** " (killed by SIGSEGV)" for the shell's 128+N statuses, empty otherwise. */
    static String describeSignal(int status) {
        return switch (status) {
            case 134 -> " (killed by SIGABRT)";
            case 136 -> " (killed by SIGFPE)";
            case 137 -> " (killed by SIGKILL: out of memory or killed)";
            case 139 -> " (killed by SIGSEGV: crashed)";
            case 132 -> " (killed by SIGILL)";
            case 135 -> " (killed by SIGBUS)";
            default -> "";
        };
    }
}
