package org.ramp.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ramp.gateway.Secret;
import org.ramp.util.AtomicFiles;

/**
 * The builtin agent's messages, and the context management that keeps them within the model's window:
 * first old tool outputs are elided, then whole old turns are dropped (an assistant message with its
 * tool results, so that the conversation stays well-formed). The system message and the current
 * stage's task are always kept.
 */
final class Conversation {
    /** Rough characters per token, for estimating what has not been counted by the endpoint yet. */
    private static final int CHARS_PER_TOKEN = 4;
    /** Compaction starts when the estimate passes this share of the window. */
    private static final double HIGH_WATER = 0.75;
    /** The most recent messages whose tool outputs are never elided. */
    private static final int KEEP_RECENT = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> messages = new ArrayList<>();
    private final int contextWindow;
    /** Index of the current stage's task message: nothing before it but the system message is essential. */
    private int taskIndex = -1;
    /** Tokens of the prompt at the last answer, as the endpoint counted them, and the messages it covered. */
    private long countedTokens;
    private int countedMessages;

    Conversation(String systemPrompt, int contextWindow) {
        this.contextWindow = contextWindow;
        messages.add(message("system", systemPrompt));
    }

    /** Starts a stage: a fresh conversation forgets earlier stages, a single one keeps them. */
    void beginStage(String task, boolean fresh) {
        if (fresh) {
            messages.subList(1, messages.size()).clear();
            countedTokens = 0;
            countedMessages = 0;
        }
        messages.add(message("user", task));
        taskIndex = messages.size() - 1;
    }

    void add(ObjectNode message) {
        messages.add(message);
    }

    void addUser(String text) {
        messages.add(message("user", text));
    }

    void addToolResult(String callId, String text) {
        ObjectNode result = message("tool", text);
        result.put("tool_call_id", callId);
        messages.add(result);
    }

    /** Records what the endpoint counted for the prompt it just answered. */
    void counted(long promptTokens) {
        if (promptTokens > 0) {
            countedTokens = promptTokens;
            countedMessages = messages.size();
        }
    }

    ArrayNode toJson() {
        ArrayNode array = JSON.createArrayNode();
        messages.forEach(array::add);
        return array;
    }

    int size() {
        return messages.size();
    }

    /** The prompt's size in tokens: what the endpoint last counted plus an estimate of what came since. */
    long estimatedTokens() {
        if (countedTokens == 0 || countedMessages > messages.size()) {
            return charsFrom(0) / CHARS_PER_TOKEN;
        }
        return countedTokens + charsFrom(countedMessages) / CHARS_PER_TOKEN;
    }

    private long charsFrom(int first) {
        return messages.subList(first, messages.size()).stream().mapToLong(m -> m.toString().length()).sum();
    }

    boolean nearlyFull() {
        return estimatedTokens() > HIGH_WATER * contextWindow;
    }

    /**
     * Makes room: elides old tool outputs, then drops the oldest turns before the current task.
     *
     * @param force compact even below the high-water mark (after the endpoint said the prompt is too long)
     * @return whether anything was removed
     */
    boolean compact(boolean force) {
        if (!force && !nearlyFull()) {
            return false;
        }
        boolean changed = elideToolOutputs(messages.size() - KEEP_RECENT);
        while ((force || nearlyFull()) && dropOldestTurn()) {
            changed = true;
            force = false;
        }
        if (nearlyFull()) {
            // the recent turns alone are too big: elide their outputs too, all but the latest
            changed |= elideToolOutputs(messages.size() - 1);
        }
        return changed;
    }

    /** Replaces the long tool outputs before {@code end} by a note of their size. */
    private boolean elideToolOutputs(int end) {
        boolean changed = false;
        for (int i = 1; i < end; i++) {
            ObjectNode message = messages.get(i);
            String content = message.path("content").asText("");
            if ("tool".equals(message.path("role").asText()) && content.length() > 200) {
                message.put("content", "[output elided to save context: " + content.length() + " characters]");
                changed = true;
            }
        }
        resetCount();
        return changed;
    }

    /** Removes the oldest assistant message (with its tool results) that is not part of the current stage's tail. */
    private boolean dropOldestTurn() {
        for (int i = 1; i < messages.size() - KEEP_RECENT; i++) {
            if (i == taskIndex || !"assistant".equals(messages.get(i).path("role").asText())) {
                continue;
            }
            int end = i + 1;
            while (end < messages.size() && "tool".equals(messages.get(end).path("role").asText())) {
                end++;
            }
            messages.subList(i, end).clear();
            if (taskIndex >= end) {
                taskIndex -= end - i;
            }
            resetCount();
            return true;
        }
        return false;
    }

    private void resetCount() {
        countedTokens = 0;
        countedMessages = 0;
    }

    /** Saved after every stage, so that a resumed run continues the same conversation; scrubbed of every key. */
    void save(Path file) throws IOException {
        ObjectNode state = JSON.createObjectNode();
        state.set("messages", Secret.scrub(toJson()));
        state.put("taskIndex", taskIndex);
        AtomicFiles.write(file, Secret.scrub(JSON.writeValueAsString(state)));
    }

    void load(Path file) throws IOException {
        JsonNode state = JSON.readTree(Files.readAllBytes(file));
        messages.clear();
        for (JsonNode message : state.path("messages")) {
            messages.add((ObjectNode) message);
        }
        taskIndex = state.path("taskIndex").asInt(-1);
        resetCount();
    }

    private static ObjectNode message(String role, String content) {
        ObjectNode message = JSON.createObjectNode();
        message.put("role", role);
        message.put("content", content);
        return message;
    }
}
