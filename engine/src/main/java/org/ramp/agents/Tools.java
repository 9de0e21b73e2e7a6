package org.ramp.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ramp.sandbox.Workbench;
import org.ramp.sandbox.ExecResult;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.Shell;

/**
 * The builtin agent's tools, all executed in the agent container as its unprivileged user: run a shell
 * command, read, write and list files, and finish the stage. Tool output is bounded (head and tail
 * kept) so that one command cannot flood the conversation.
 */
final class Tools {
    static final String FINISH = "finish";
    /** The most characters of one tool result the model sees. */
    static final int MAX_RESULT = 24_000;
    private static final int MAX_COMMAND_SECONDS = 1800;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tools() {
    }

    /** The outcome of one tool call: what the model is told, and whether it was an error. */
    record Result(String text, boolean error) {
    }

    /** The tools' JSON schemas, in the chat-completions {@code tools} format. */
    static ArrayNode definitions() {
        ArrayNode tools = JSON.createArrayNode();
        tools.add(tool("run_shell", "Run a bash command in the workspace (/workspace) and get its exit status, "
                + "stdout and stderr. Long outputs are cut in the middle.",
                param("command", "string", "the bash command line"),
                param("timeout_seconds", "integer", "time limit, default 300, at most 1800")));
        tools.add(tool("read_file", "Read a text file (at most " + MAX_RESULT + " characters are shown).",
                param("path", "string", "the file, absolute or relative to /workspace")));
        tools.add(tool("write_file", "Create or replace a file with the given content, creating its folders.",
                param("path", "string", "the file, absolute or relative to /workspace"),
                param("content", "string", "the whole new content")));
        tools.add(tool("list_files", "List the files under a folder, two levels deep.",
                param("path", "string", "the folder, absolute or relative to /workspace; default the workspace")));
        tools.add(tool(FINISH, "Call this when the stage's work is complete: the stage is then graded.",
                param("summary", "string", "what you did, in a few sentences")));
        ((ObjectNode) tools.get(0).get("function").get("parameters")).putArray("required").add("command");
        ((ObjectNode) tools.get(1).get("function").get("parameters")).putArray("required").add("path");
        ((ObjectNode) tools.get(2).get("function").get("parameters")).putArray("required").add("path").add("content");
        return tools;
    }

    /** Runs one tool call; a malformed call or a failing command is an error result, never an exception. */
    static Result call(String name, String arguments, Workbench container) {
        JsonNode args;
        try {
            args = arguments == null || arguments.isBlank() ? JSON.createObjectNode() : JSON.readTree(arguments);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Result("error: the arguments are not valid JSON: " + e.getOriginalMessage(), true);
        } catch (IOException e) {
            return new Result("error: the arguments cannot be read: " + e.getMessage(), true);
        }
        try {
            return switch (name) {
                case "run_shell" -> runShell(args, container);
                case "read_file" -> readFile(args, container);
                case "write_file" -> writeFile(args, container);
                case "list_files" -> listFiles(args, container);
                default -> new Result("error: there is no tool \"" + name + "\"; use run_shell, read_file, "
                        + "write_file, list_files or finish", true);
            };
        } catch (IllegalArgumentException e) {
            return new Result("error: " + e.getMessage(), true);
        }
    }

    private static Result runShell(JsonNode args, Workbench container) {
        String command = required(args, "command");
        int timeout = Math.max(1, Math.min(MAX_COMMAND_SECONDS, args.path("timeout_seconds").asInt(300)));
        ExecResult result = container.run(command, timeout, 1 << 20);
        String text = "exit status " + result.exitCode() + (result.timedOut() ? " (timed out after " + timeout + " s)" : "")
                + "\n--- stdout ---\n" + bounded(result.stdoutText()) + "\n--- stderr ---\n" + bounded(result.stderrText());
        return new Result(text, false);
    }

    private static Result readFile(JsonNode args, Workbench container) {
        String path = required(args, "path");
        ExecResult result = container.run("cat -- " + Shell.quote(path), 30, MAX_RESULT * 4);
        if (result.exitCode() != 0) {
            return new Result("error: cannot read " + path + ": " + result.stderrText().strip(), true);
        }
        return new Result(bounded(result.stdoutText()), false);
    }

    private static Result writeFile(JsonNode args, Workbench container) {
        String path = required(args, "path");
        if (!args.path("content").isTextual()) {
            throw new IllegalArgumentException("write_file needs \"content\", a string");
        }
        byte[] content = args.get("content").asText().getBytes(StandardCharsets.UTF_8);
        ExecResult result = container.writeFile(path, content);
        if (result.exitCode() != 0) {
            return new Result("error: cannot write " + path + ": " + result.stderrText().strip(), true);
        }
        return new Result("wrote " + content.length + " bytes to " + path, false);
    }

    private static Result listFiles(JsonNode args, Workbench container) {
        String path = args.path("path").asText(".");
        ExecResult result = container.run("find " + Shell.quote(path) + " -maxdepth 2 -not -path '*/.git/*' "
                + "-not -path '*/build/*' | sort | head -500", 30, MAX_RESULT * 4);
        if (result.exitCode() != 0) {
            return new Result("error: cannot list " + path + ": " + result.stderrText().strip(), true);
        }
        return new Result(bounded(result.stdoutText()), false);
    }

    private static String required(JsonNode args, String name) {
        JsonNode value = args.path(name);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("the tool needs \"" + name + "\", a non-empty string");
        }
        return value.asText();
    }

    /** At most MAX_RESULT characters: the head and the tail, where errors usually are. */
    static String bounded(String text) {
        if (text.length() <= MAX_RESULT) {
            return text;
        }
        int half = MAX_RESULT / 2;
        return text.substring(0, half) + "\n[... " + (text.length() - MAX_RESULT) + " characters cut ...]\n"
                + text.substring(text.length() - half);
    }

    private static ObjectNode tool(String name, String description, ObjectNode... params) {
        ObjectNode tool = JSON.createObjectNode();
        tool.put("type", "function");
        ObjectNode function = tool.putObject("function");
        function.put("name", name);
        function.put("description", description);
        ObjectNode parameters = function.putObject("parameters");
        parameters.put("type", "object");
        ObjectNode properties = parameters.putObject("properties");
        for (ObjectNode param : params) {
            properties.set(param.get("name").asText(), param.without("name"));
        }
        return tool;
    }

    private static ObjectNode param(String name, String type, String description) {
        ObjectNode param = JSON.createObjectNode();
        param.put("name", name);
        param.put("type", type);
        param.put("description", description);
        return param;
    }

    /** A container that died while a tool ran is the harness's problem, not a tool error. */
    static boolean isInfrastructure(RuntimeException e) {
        return e instanceof SandboxException;
    }
}
