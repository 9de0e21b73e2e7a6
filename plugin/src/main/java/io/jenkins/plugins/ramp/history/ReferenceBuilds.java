package io.jenkins.plugins.ramp.history;

/**
 * The reference build of quality gates: by default the last build before this one whose gates ran and passed
 * (finished, with RAMP results), as warnings-ng's quality gates compare with the last build that met them.
 */
public final class ReferenceBuilds {
    /** How far back the default search looks before it gives up (a job whose gates keep failing). */
    static final int SEARCH_LIMIT = 500;

    private ReferenceBuilds() {
    }

    /** The last earlier build whose gates passed, or null when there is none. */
    public static BuildRecord lastPassed(BuildHistory history, int current) {
        int seen = 0;
        for (BuildRecord build : history.newestFirst()) {
            if (build.number() >= current) {
                continue;
            }
            if (++seen > SEARCH_LIMIT) {
                return null;
            }
            if (!build.building() && build.gatesPassed() && !build.summaries().isEmpty()) {
                return build;
            }
        }
        return null;
    }

    /**
     * The build chosen by number, or a message saying why it cannot be the reference.
     *
     * @return null when {@code build} is a fine reference; otherwise the reason
     */
    public static String problem(BuildRecord build, int number, int current) {
        if (number >= current) {
            return "referenceBuild: " + number + " is not an earlier build than this one (#" + current + ")";
        }
        if (build == null) {
            return "referenceBuild: build #" + number + " does not exist (any more) in this job";
        }
        if (build.summaries().isEmpty()) {
            return "referenceBuild: build #" + number + " recorded no RAMP runs (call rampRecord there first)";
        }
        return null;
    }
}
