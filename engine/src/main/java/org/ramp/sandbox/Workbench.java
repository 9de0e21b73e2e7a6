package org.ramp.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where an agent's tools act: a shell in the workspace, bounded in time and output, and a way to write
 * files. The agent container is the real one; tests use a local stand-in.
 */
public interface Workbench {

    /** Runs a bash command in the workspace. */
    ExecResult run(String command, List<String> extraEnv, int timeoutSeconds, int maxBytes);

    /**
     * Runs a bash command in the workspace, handing its stdout and stderr to the consumers as they come
     * (a long-running agent program, whose output is kept as it goes); the result holds no output.
     */
    default ExecResult run(String command, List<String> extraEnv, int timeoutSeconds, Consumer<byte[]> stdout,
            Consumer<byte[]> stderr) {
        ExecResult result = run(command, extraEnv, timeoutSeconds, 1 << 20);
        stdout.accept(result.stdout());
        stderr.accept(result.stderr());
        return new ExecResult(result.exitCode(), result.timedOut(), new byte[0], new byte[0], false, result.seconds());
    }

    /** Writes a file, creating its folder. */
    ExecResult writeFile(String path, byte[] content);

    default ExecResult run(String command, int timeoutSeconds, int maxBytes) {
        return run(command, List.of(), timeoutSeconds, maxBytes);
    }

    default ExecResult writeFile(String path, String content) {
        return writeFile(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
