package org.ramp.metrics;

/** How MR enters the AEI. */
public enum MeanRewardRounding {
    /** MR as computed; RAMP.md: reproduces every published AEI within 0.002. */
    NONE,
    /** MR rounded to two decimals, half up, as the published AEI values were computed. */
    TWO_DECIMALS;

    double apply(double meanReward) {
        return this == NONE ? meanReward : Math.round(meanReward * 100) / 100.0;
    }
}
