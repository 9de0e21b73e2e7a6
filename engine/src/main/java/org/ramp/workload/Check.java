package org.ramp.workload;

import java.util.Optional;

/**
 * A T0 case: a shell command run in the project root whose exit status is the verdict.
 *
 * @param after the check that must have passed first; when it did not, this one is skipped and fails
 */
public record Check(String name, String command, Optional<String> after) {
}
