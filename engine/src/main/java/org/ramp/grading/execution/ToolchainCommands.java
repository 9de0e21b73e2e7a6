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
     * what is measured) and linked statically, so that no dynamic loader adds to the count. The link map
     * ({@code BINARY.map}) says where each object's code was placed, which is how the count tells the
     * program's own code from the libraries'; the program is stripped, so that no name the IR chose
     * reaches valgrind's profile (the object {@code BINARY.o} keeps them for the checks).
     */
    public static String compileIrForCost(String ir, String binary) {
        return "llc -O2 -filetype=obj " + q(ir) + " -o " + q(binary + ".o") + " && clang -static -s -Wl,-Map="
                + q(binary + ".map") + " " + q(binary + ".o") + " " + RUNTIME_X86_64 + " -o " + q(binary);
    }

    /** LLVM's own pass pipeline on an IR: how {@code ramp validate} measures what mem2reg or -O1 reach on T4. */
    public static String optimise(String passes, String ir, String output) {
        return "opt -S -passes=" + q(passes) + " " + q(ir) + " -o " + q(output);
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
     * Runs a native program under callgrind, counting the instructions executed at each address
     * (deterministic, unlike time) and recording every jump and call between them, which shows how the
     * program's code entered the libraries; its stdout and exit status pass through. No option comes from
     * anywhere but this line (not ./.valgrindrc, which the agent's program could have written), there is
     * no gdbserver to steer the run from outside, a program it would exec is not followed (the exec is
     * refused from the log), and every system call goes to the log before it runs. The log goes to fd 3,
     * the step's channel, where the program cannot take back what valgrind wrote; the profile to a pinned
     * file; valgrind's temporary files to the step's own folder (TMPDIR).
     */
    public static String runCounted(String binary, String profile) {
        return "exec env -i TMPDIR=\"$TMPDIR\" /usr/bin/valgrind --command-line-only=yes --vgdb=no"
                + " --trace-children=no --tool=callgrind --dump-instr=yes --collect-jumps=yes --dump-line=no"
                + " --compress-strings=no --compress-pos=no --callgrind-out-file=" + q(profile)
                + " --log-fd=3 --trace-syscalls=yes " + q(binary);
    }

    private static String q(String word) {
        return Shell.quote(word);
    }
}
