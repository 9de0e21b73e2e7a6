package org.ramp.golden;

import java.util.List;

/** Golden artifacts could not be produced or do not match; each problem names the program and the step. */
public final class GoldenException extends Exception {
    private final List<String> problems;

    public GoldenException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
