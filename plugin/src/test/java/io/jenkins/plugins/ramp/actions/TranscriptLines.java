package io.jenkins.plugins.ramp.actions;

import io.jenkins.plugins.ramp.views.Runs;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Transcript lines as the gateway writes them: each request repeats the conversation so far. */
public final class TranscriptLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TranscriptLines() {
    }

    public static String hostile() {
        ArrayNode messages = JSON.createArrayNode();
        messages.addObject().put("role", "system").put("content", "You are a compiler engineer.");
        messages.addObject().put("role", "user").put("content", "Write the lexer. " + Runs.HOSTILE);
        StringBuilder lines = new StringBuilder();
        ObjectNode answer1 = JSON.createObjectNode();
        ObjectNode m1 = answer1.putArray("choices").addObject().putObject("message").put("role", "assistant");
        m1.putNull("content");
        m1.putArray("tool_calls").addObject().put("id", "call_1").put("type", "function").putObject("function")
                .put("name", "run_shell").put("arguments", "{\"command\":\"echo '</script><script>x()</script>'\"}");
        lines.append(line(1, messages.deepCopy(), answer1)).append('\n');
        messages.add(m1.deepCopy());
        messages.addObject().put("role", "tool").put("tool_call_id", "call_1").put("content", Runs.HOSTILE);
        ObjectNode answer2 = JSON.createObjectNode();
        answer2.putArray("choices").addObject().putObject("message").put("role", "assistant")
                .put("content", "Done. " + Runs.HOSTILE);
        lines.append(line(2, messages.deepCopy(), answer2)).append('\n');
        lines.append("not json at all\n");
        return lines.toString();
    }

    private static String line(int sequence, ArrayNode messages, ObjectNode response) {
        ObjectNode line = JSON.createObjectNode();
        line.putObject("record").put("stage", "T1").put("sequence", sequence).put("status", 200)
                .put("promptTokens", 1200 * sequence).put("completionTokens", 34).put("costUsd", 0.0031)
                .put("latencyMs", 812).putNull("refusedBy").putNull("error");
        line.put("endpointAnswered", true);
        line.putObject("request").put("model", "gpt-4o").set("messages", messages);
        line.set("response", response);
        return line.toString();
    }
}
