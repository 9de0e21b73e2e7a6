package org.ramp.workload;

import java.util.List;

/**
 * Names of the files that flow between stages, per test program. The golden artifact of each name is
 * what the reference toolchain (clang 14) produces for it; see tasks/README.md.
 */
public final class Artifacts {
    /** The program preprocessed with {@code clang -E -include sylib.h}: T1's input. */
    public static final String SOURCE = "source.i";
    public static final String TOKENS = "tokens.txt";
    public static final String AST = "ast.json";
    /** clang -O0 IR. */
    public static final String IR = "ir.ll";
    /** clang -O2 IR, vectorisers off. */
    public static final String OPTIMISED_IR = "opt.ll";
    public static final String ASSEMBLY = "asm.s";
    public static final String STDOUT = "stdout.txt";
    public static final String EXIT_STATUS = "exit.txt";
    /** The instruction count of the golden opt.ll, measured as T4 measures the agent's IR. */
    public static final String OPTIMISED_COST = "opt.cost";

    /** Artifacts a stage may read or write, in pipeline order. */
    public static final List<String> STAGE_FILES = List.of(SOURCE, TOKENS, AST, IR, OPTIMISED_IR, ASSEMBLY);

    /** Everything golden holds for one program, in a stable order. */
    public static final List<String> GOLDEN_FILES =
            List.of(SOURCE, TOKENS, AST, IR, OPTIMISED_IR, ASSEMBLY, STDOUT, EXIT_STATUS, OPTIMISED_COST);

    private Artifacts() {
    }
}
