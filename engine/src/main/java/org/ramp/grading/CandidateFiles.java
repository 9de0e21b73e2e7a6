package org.ramp.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a candidate output only when it exists and is within the stage's bound. */
public final class CandidateFiles {
    private CandidateFiles() {
    }

    /** Why the candidate cannot be graded at all (missing, unreadable, too large), or empty when it can. */
    public static Optional<CaseScore> unusable(Path file, long maxBytes) {
        // the stage's program wrote the file; a link it made must not lead the grader to the host's files
        if (Files.isSymbolicLink(file)) {
            return Optional.of(CaseScore.zero("the output " + file.getFileName() + " is a symbolic link; write a"
                    + " regular file"));
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(CaseScore.zero("no output: " + file.getFileName() + " was not written"));
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return Optional.of(CaseScore.zero("output is " + size + " bytes, over the limit of " + maxBytes
                        + " bytes"));
            }
        } catch (IOException e) {
            return Optional.of(CaseScore.zero("output cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
