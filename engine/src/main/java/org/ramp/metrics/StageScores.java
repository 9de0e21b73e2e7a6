package org.ramp.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The scores s_0..s_5 of stages T0..T5 (0..100 each), and the metrics that need only them.
 *
 * <p>Scores are used as given: "passes" is {@code s >= 60} and "scored 100" is {@code s == 100},
 * with no rounding, so 99.999 is not 100. "Every earlier task j &lt; i" includes T0, as RAMP.md
 * writes it, so a failed T0 removes every later bonus of MR and PS; the stage alone leaves T0 out.
 */
public record StageScores(List<Double> values) {
    public static final int COUNT = 6;
    private static final double FULL = 100;
    private static final double PASS = 60;
    private static final int[] WEIGHTS = {1, 2, 2, 3, 3, 4};
    private static final double REWARD_BONUS = 1.2;
    private static final double PASS_BONUS = 1.5;
    /** Only a shortfall in T0..T3 zeroes the strict score: T4 is capped below 100 for most correct IR. */
    private static final int LAST_STRICT_TRIGGER = 3;

    public StageScores {
        values = List.copyOf(values);
        if (values.size() != COUNT) {
            throw new IllegalArgumentException("need exactly " + COUNT + " stage scores (T0..T5), not "
                    + values.size());
        }
        for (int i = 0; i < COUNT; i++) {
            double s = values.get(i);
            if (!(s >= 0 && s <= FULL)) {
                throw new IllegalArgumentException("score of T" + i + " must be within 0..100, not " + s);
            }
        }
    }

    public static StageScores of(double... scores) {
        return new StageScores(Arrays.stream(scores).boxed().toList());
    }

    /** s_i. */
    public double get(int stage) {
        return values.get(stage);
    }

    /** PL: the mean of s_0..s_5. */
    public double pipelineScore() {
        return values.stream().mapToDouble(Double::doubleValue).sum() / COUNT;
    }

    /** MR = sum(s_i w_i b_i) / sum(w_i b_i), w = [1,2,2,3,3,4], b_i = 1.2 when every s_j (j &lt; i) is 100. */
    public double meanReward() {
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < COUNT; i++) {
            double weight = WEIGHTS[i] * (allFullBefore(i) ? REWARD_BONUS : 1);
            weighted += get(i) * weight;
            weights += weight;
        }
        return weighted / weights;
    }

    /** PS = 100 x sum(p_i bp_i) / (6 x 1.5), p_i = 1 when s_i >= 60, bp_i = 1.5 when every s_j (j &lt; i) is 100. */
    public double passScore() {
        double passes = 0;
        for (int i = 0; i < COUNT; i++) {
            if (get(i) >= PASS) {
                passes += allFullBefore(i) ? PASS_BONUS : 1;
            }
        }
        return 100 * passes / (COUNT * PASS_BONUS);
    }

    /** The largest k in 0..5 with s_1..s_k all 100; T0 is not counted, so 0 when s_1 &lt; 100 whatever T0 scored. */
    public int stage() {
        int k = 0;
        while (k + 1 < COUNT && get(k + 1) == FULL) {
            k++;
        }
        return k;
    }

    /**
     * The strict end-to-end score: the first of T0..T3 below 100 and every task after it (T4 and T5
     * included) count 0; then the mean of all six. When T0..T3 are all 100, nothing is zeroed and a
     * T4 or T5 below 100 counts as it scored, so the strict score equals PL.
     */
    public double strictScore() {
        return strictScores().stream().mapToDouble(Double::doubleValue).sum() / COUNT;
    }

    /** The six scores of the strict end-to-end view: from the first of T0..T3 below 100 on, zeros. */
    public List<Double> strictScores() {
        List<Double> strict = new java.util.ArrayList<>();
        boolean broken = false;
        for (int i = 0; i < COUNT; i++) {
            broken |= i <= LAST_STRICT_TRIGGER && get(i) < FULL;
            strict.add(broken ? 0.0 : get(i));
        }
        return strict;
    }

    private boolean allFullBefore(int stage) {
        return values.subList(0, stage).stream().allMatch(s -> s == FULL);
    }
}
