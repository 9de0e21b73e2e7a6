package org.ramp.agentimage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one coding-agent CLI calls its own tools, as its requests declare them (the tool names and argument
 * shapes were read from the tools array each CLI sends, recorded from the versions the recipes pin), and
 * what its tools answer when they succeed.
 *
 * @param recipe       the recipe's name
 * @param systemPrefix how the CLI's main conversation's system prompt begins (its side calls have others)
 * @param edit         the edit tool; its arguments: path, text replaced, replacement
 * @param editDone     what the edit tool's result says on success
 * @param writeDone    what the write tool's result says on overwriting an existing file
 */
enum CliProtocol {
    QWEN_CODE("qwen-code", "You are Qwen Code", "read_file", "edit", "write_file", "run_shell_command",
            "file_path", "old_string", "new_string", "content", "has been updated", "Successfully overwrote file"),
    OPENCODE("opencode", "You are opencode", "read", "edit", "write", "bash", "filePath", "oldString", "newString",
            "content", "Edit applied successfully", "Wrote file successfully");

    private static final ObjectMapper JSON = new ObjectMapper();

    final String recipe;
    final String systemPrefix;
    final String read;
    final String edit;
    final String write;
    final String shell;
    private final String path;
    private final String oldText;
    private final String newText;
    private final String content;
    final String editDone;
    final String writeDone;

    CliProtocol(String recipe, String systemPrefix, String read, String edit, String write, String shell, String path,
            String oldText, String newText, String content, String editDone, String writeDone) {
        this.recipe = recipe;
        this.systemPrefix = systemPrefix;
        this.read = read;
        this.edit = edit;
        this.write = write;
        this.shell = shell;
        this.path = path;
        this.oldText = oldText;
        this.newText = newText;
        this.content = content;
        this.editDone = editDone;
        this.writeDone = writeDone;
    }

    String readArguments(String file) {
        return JSON.createObjectNode().put(path, file).toString();
    }

    String editArguments(String file, String before, String after) {
        return JSON.createObjectNode().put(path, file).put(oldText, before).put(newText, after).toString();
    }

    String writeArguments(String file, String text) {
        return JSON.createObjectNode().put(path, file).put(content, text).toString();
    }

    String shellArguments(String command) {
        ObjectNode arguments = JSON.createObjectNode().put("command", command);
        if (this == OPENCODE) {
            arguments.put("description", "Build the project");
        }
        return arguments.toString();
    }
}
