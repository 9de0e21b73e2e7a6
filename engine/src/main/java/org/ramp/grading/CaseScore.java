package org.ramp.grading;

import java.util.Locale;

/**
 * The score of one case, 0 to 100, and a reason a person can act on: the first differing token or
 * node, the timeout, the crash, or the tail of a build error.
 */
public record CaseScore(double score, String reason) {

    public CaseScore {
        if (Double.isNaN(score) || score < 0 || score > 100) {
            throw new IllegalArgumentException("a case score is from 0 to 100, not " + score);
        }
    }

    public static CaseScore full() {
        return new CaseScore(100, "ok");
    }

    public static CaseScore zero(String reason) {
        return new CaseScore(0, reason);
    }

    public boolean isFull() {
        return score == 100;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f (%s)", score, reason);
    }
}
