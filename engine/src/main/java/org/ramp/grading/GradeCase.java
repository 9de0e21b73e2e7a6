package org.ramp.grading;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One case as a grader sees it: the candidate output on the host (where it came back from the grade
 * container, or where the engine wrote it) and, for graders that run things, inside the container.
 *
 * @param key           unique within a batch; prefixes the ids of the case's jobs
 * @param name          the test program (or T0 check) the case is about
 * @param hostDir       the host folder holding the candidate
 * @param containerDir  the container folder holding it: the sealed outputs of the step that produced it,
 *                      or the case's inputs; graders' steps are granted the candidate from there
 * @param candidate     the file name of the output being graded
 * @param stdin         the program's input inside the container, when it reads any (opened by the runner,
 *                      unreadable by the steps themselves)
 * @param expectedDir   the program's golden folder on the host (expected output, exit status, costs)
 * @param producedBy    the job that produced the candidate, when one did (the stage's program, a T0 check)
 */
public record GradeCase(String key, String name, Path hostDir, String containerDir, String candidate,
        Optional<String> stdin, Path expectedDir, Optional<String> producedBy) {

    public Path candidateFile() {
        return hostDir.resolve(candidate);
    }

    public String candidateInContainer() {
        return containerDir + "/" + candidate;
    }

    /** A job id for one of this case's steps. */
    public String job(String step) {
        return key + "." + step;
    }
}
