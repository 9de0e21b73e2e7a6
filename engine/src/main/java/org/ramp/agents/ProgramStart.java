package org.ramp.agents;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an agent program that could not start from one that ran: the shell exits 127 when the command
 * or an interpreter is not found and 126 when a file cannot be executed, saying why on stderr. Such a
 * stage is the set-up's failure (a configuration error), not the model's.
 */
public final class ProgramStart {
    /** What bash, dash, env and the kernel's loader say when a program cannot be run. */
    private static final Pattern CANNOT_RUN = Pattern.compile(".*(: command not found|: No such file or directory"
            + "|: Permission denied|: Is a directory|: bad interpreter.*|: cannot execute.*|: Exec format error"
            + "|: not found)\\s*$");
    /** "bash: line 1: " and "sh: 1: ", the shell's prefix before the name it could not run. */
    private static final Pattern SHELL_PREFIX = Pattern.compile("^(?:-?(?:ba|da|z)?sh)(?:: line \\d+|: \\d+)?: ");

    private ProgramStart() {
    }

    /**
     * The shell's reason when a program exited 126 or 127 with it ("qwen-code: command not found"), or
     * null when the program started (another status, or no such message: the program's own 127).
     */
    public static String cannotStart(int exitCode, String stderr) {
        if (exitCode != 126 && exitCode != 127) {
            return null;
        }
        List<String> lines = stderr.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher cannot = CANNOT_RUN.matcher(lines.get(i));
            if (cannot.matches()) {
                return SHELL_PREFIX.matcher(lines.get(i)).replaceFirst("");
            }
        }
        return null;
    }
}
