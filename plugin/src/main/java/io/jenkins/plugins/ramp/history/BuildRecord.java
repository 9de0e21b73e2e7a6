package io.jenkins.plugins.ramp.history;

import java.util.List;
import org.ramp.history.RunSummary;

/**
 * One build as the RAMP history sees it: what its build action keeps (the run summaries and the gates' outcome),
 * never its detail files. Jenkins builds and plain objects in tests and benchmarks both stand behind it.
 */
public interface BuildRecord {
    /** How charts and messages name the build: "#12". */
    String label();

    int number();

    /** Whether the build is still running (its gates and results are not final yet). */
    boolean building();

    /** The worst gate outcome recorded in the build ("none", "note", "unstable", "failure"); null when no gate ran. */
    String gateOutcome();

    /** The summaries of the runs the build recorded, in the order they were recorded; empty when none. */
    List<RunSummary> summaries();

    /** Whether the build's gates ran and passed: an outcome that does not change the build result. */
    default boolean gatesPassed() {
        return "none".equals(gateOutcome()) || "note".equals(gateOutcome());
    }
}
