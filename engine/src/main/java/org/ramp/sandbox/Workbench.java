package org.ramp.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where an agent's tools act: a shell in the workspace, bounded in time and output, and a way to write
 * files. The agent container is the real one; tests use a local stand-in.
 */
public interface Workbench {

    /** Runs a bash command in the workspace. */
    ExecResult run(String command, List<String> extraEnv, int timeoutSeconds, int maxBytes);

    /** Writes a file, creating its folder. */
    ExecResult writeFile(String path, byte[] content);

    default ExecResult run(String command, int timeoutSeconds, int maxBytes) {
        return run(command, List.of(), timeoutSeconds, maxBytes);
    }

    default ExecResult writeFile(String path, String content) {
        return writeFile(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
