package org.ramp.grading;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One case as a grader sees it: a folder holding the candidate output, visible on the host and,
 * for graders that run things, inside the grade container.
 *
 * @param key           unique within a batch; prefixes the ids of the case's jobs
 * @param name          the test program (or T0 check) the case is about
 * @param hostDir       the case folder on the host
 * @param containerDir  the same folder inside the grade container
 * @param candidate     the file name of the output being graded, inside the case folder
 * @param stdin         the program's input inside the container, when it reads any
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
