package org.ramp.workload;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The graders the engine has, by the name a workload file uses, with the weights each one takes. */
public enum GraderKind {
    /** T0: a check passes when its command exits 0. */
    EXIT_STATUS("exit-status", List.of()),
    /** T1: token dumps compared token by token. */
    TOKENS("tokens", List.of("kindAndSpelling", "location", "flags")),
    /** T2: normalised JSON ASTs compared node by node. */
    AST("ast", List.of("kindNameValue", "type")),
    /** T3: the IR is compiled with clang -O0, run, and its stdout and exit status compared. */
    IR_RUN("ir-run", List.of()),
    /** T4: as ir-run, then scored by instruction count against clang -O2. */
    IR_COST("ir-cost", List.of()),
    /** T5: the assembly is linked for RV64, run under qemu, and compared. */
    RV64_RUN("rv64-run", List.of());

    private final String id;
    private final List<String> weightNames;

    GraderKind(String id, List<String> weightNames) {
        this.id = id;
        this.weightNames = weightNames;
    }

    public String id() {
        return id;
    }

    /** The names of the weights this grader needs; they must add up to 1. Empty when it takes none. */
    public List<String> weightNames() {
        return weightNames;
    }

    public static Optional<GraderKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    public static String allIds() {
        return Arrays.stream(values()).map(GraderKind::id).collect(Collectors.joining(", "));
    }
}
