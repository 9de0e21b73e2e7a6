package org.ramp.grading;

import java.util.Locale;

/**
 * The score of one case, 0 to 100, and a reason a person can act on: the first differing token or
 * node, the timeout, the crash, or the tail of a build error.
 *
 * @param breach when the case broke the stage's rules (what it scored 0 for breaks them, not merely
 *               misses the mark), the sentence that says so, naming the case; else null
 */
public record CaseScore(double score, String reason, String breach) {

    public CaseScore {
        if (Double.isNaN(score) || score < 0 || score > 100) {
            throw new IllegalArgumentException("a case score is from 0 to 100, not " + score);
        }
    }

    public CaseScore(double score, String reason) {
        this(score, reason, null);
    }

    /** 0 for breaking the stage's rules: {@code breach} goes among the stage's rule violations (null: a plain 0). */
    public static CaseScore breaking(String reason, String breach) {
        return new CaseScore(0, reason, breach);
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
