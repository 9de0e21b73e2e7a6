package org.ramp.golden;

import org.ramp.grading.execution.ToolchainCommands;
import org.ramp.util.Shell;
import org.ramp.workload.Artifacts;

/**
 * How clang 14 produces each golden artifact from a program. Every compile passes -ffp-contract=off so
 * that no multiply-add is fused and float results agree between x86-64 and RV64. Each step runs in its
 * own folder and first copies the file it is given there, so that the file names clang records (line
 * markers, module and file names) are the plain names every golden artifact has always had.
 */
final class ReferenceCommands {
    private static final String FP = "-ffp-contract=off";

    private ReferenceCommands() {
    }

    /** The program with the runtime's declarations in front; the header is copied beside it first. */
    static String preprocess(String source, String sourceName) {
        return "cp " + Shell.quote(source) + " " + Shell.quote(sourceName) + " && cp " + ToolchainCommands.HEADER
                + " sylib.h && clang -E -x c -include sylib.h " + Shell.quote(sourceName) + " -o " + Artifacts.SOURCE;
    }

    /** clang prints the token dump on standard error. */
    static String tokens(String source) {
        return here(source) + "clang -cc1 -dump-tokens " + Artifacts.SOURCE + " 2> " + Artifacts.TOKENS;
    }

    /** The raw JSON AST, normalised by the engine afterwards. */
    static String ast(String source, String rawFile) {
        return here(source) + "clang -Xclang -ast-dump=json -fsyntax-only " + Artifacts.SOURCE + " > "
                + Shell.quote(rawFile);
    }

    static String ir(String source) {
        return here(source) + "clang -S -emit-llvm -O0 " + FP + " " + Artifacts.SOURCE + " -o " + Artifacts.IR;
    }

    /** -O2 without the vectorisers: T4's reference and T5's input, which a scalar backend must lower. */
    static String optimisedIr(String source) {
        return here(source) + "clang -S -emit-llvm -O2 " + FP + " -fno-vectorize -fno-slp-vectorize "
                + Artifacts.SOURCE + " -o " + Artifacts.OPTIMISED_IR;
    }

    /** GNU as rejects clang's .addrsig directive, hence -fno-addrsig. */
    static String assembly(String source) {
        return here(source) + "clang --target=riscv64-linux-gnu -O2 " + FP + " -fno-addrsig -S " + Artifacts.SOURCE
                + " -o " + Artifacts.ASSEMBLY;
    }

    /** The native -O2 build whose behaviour defines the expected stdout and exit status. */
    static String referenceBuild(String source, String binary) {
        return here(source) + "clang -O2 " + FP + " -w " + Artifacts.SOURCE + " " + ToolchainCommands.RUNTIME_X86_64
                + " -o " + Shell.quote(binary);
    }

    private static String here(String source) {
        return "cp " + Shell.quote(source) + " " + Artifacts.SOURCE + " && ";
    }
}
