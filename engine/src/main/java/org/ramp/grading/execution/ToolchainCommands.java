package org.ramp.grading.execution;

import org.ramp.util.Shell;

/**
 * The commands that compile and run a candidate inside the toolchain image. Graders and the golden
 * generator use these same commands, so the reference is measured exactly as the agent's output is.
 */
public final class ToolchainCommands {
    public static final String HEADER = "/opt/ramp/include/sylib.h";
    public static final String RUNTIME_X86_64 = "/opt/ramp/lib/x86_64/libsysy.a";
    public static final String RUNTIME_RV64 = "/opt/ramp/lib/riscv64/libsysy.a";
    /** Compiling or linking one case never needs longer than this. */
    public static final int COMPILE_SECONDS = 120;

    private ToolchainCommands() {
    }

    /** T3: clang -O0 on the IR, linked with the x86-64 runtime. */
    public static String compileIr(String ir, String binary) {
        return "clang -O0 -w " + q(ir) + " " + RUNTIME_X86_64 + " -o " + q(binary);
    }

    /**
     * T4: the IR is lowered by llc -O2 (code generation only: no IR pass runs, so the IR's own quality is
     * what is measured) and linked statically, so that no dynamic loader adds to the count.
     */
    public static String compileIrForCost(String ir, String binary) {
        return "llc -O2 -filetype=obj " + q(ir) + " -o " + q(binary + ".o") + " && clang -static "
                + q(binary + ".o") + " " + RUNTIME_X86_64 + " -o " + q(binary);
    }

    /** T5: GNU as and ld for RV64, statically with the RV64 runtime. */
    public static String linkRv64(String assembly, String binary) {
        return "riscv64-linux-gnu-gcc -static " + q(assembly) + " " + RUNTIME_RV64 + " -o " + q(binary);
    }

    /** Runs a native program with an empty environment, so nothing about the host changes its behaviour. */
    public static String runNative(String binary) {
        return "exec env -i " + q(binary);
    }

    public static String runRv64(String binary) {
        return "exec env -i /usr/bin/qemu-riscv64 " + q(binary);
    }

    /**
     * Runs a native program under cachegrind, counting instructions only (deterministic, unlike time).
     * The program's stdout and exit status pass through; valgrind's log goes to fd 3, the step's channel,
     * where the program cannot take back what valgrind wrote. Valgrind's tool is started without its
     * launcher and told of one that does not exist, with --trace-children=yes: an exec by the program
     * then ends valgrind on the spot, so the program cannot replace the counted image by an uncounted
     * or cheaper one; --command-line-only=yes keeps environment variables and rc files from changing
     * valgrind's options. The program's environment is what Debian's valgrind wrapper gives it, and
     * valgrind's temporary files go to the step's own folder (TMPDIR).
     */
    public static String runCounted(String binary, String profile) {
        return "exec env -i TMPDIR=\"$TMPDIR\" VALGRIND_LIB=/usr/libexec/valgrind"
                + " VALGRIND_LAUNCHER=/ramp/no-exec-in-counted-runs"
                + " LD_LIBRARY_PATH=/usr/lib/debug GLIBCPP_FORCE_NEW=1 GLIBCXX_FORCE_NEW=1"
                + " /usr/libexec/valgrind/cachegrind-amd64-linux --tool=cachegrind --cache-sim=no"
                + " --trace-children=yes --command-line-only=yes --log-fd=3 --cachegrind-out-file=" + q(profile)
                + " " + q(binary);
    }

    private static String q(String word) {
        return Shell.quote(word);
    }
}
