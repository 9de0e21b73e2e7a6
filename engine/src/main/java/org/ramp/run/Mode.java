package org.ramp.run;

import java.util.Arrays;
import java.util.Optional;

/** The Resurrection Protocol's variants. */
public enum Mode {
    /** A stage reads the previous stage's own outputs when it passed, golden ones when it failed. */
    CHAIN("chain"),
    /** Every stage from T2 on reads golden inputs (the published 15-model setting). */
    GOLDEN_INPUTS("golden-inputs"),
    /** No resurrection: the first failed stage ends the run; later stages are not reached. */
    STRICT("strict");

    private final String id;

    Mode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Mode> byId(String id) {
        return Arrays.stream(values()).filter(mode -> mode.id.equals(id)).findFirst();
    }
}
