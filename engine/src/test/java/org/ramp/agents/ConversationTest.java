package org.ramp.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static void turn(Conversation conversation, String id, int outputChars) {
        ObjectNode assistant = JSON.createObjectNode().put("role", "assistant").putNull("content");
        assistant.putArray("tool_calls").addObject().put("id", id).put("type", "function")
                .putObject("function").put("name", "run_shell").put("arguments", "{}");
        conversation.add(assistant);
        conversation.addToolResult(id, "y".repeat(outputChars));
    }

    @Test
    void whenElidingIsNotEnoughWholeOldTurnsGoButTheTaskStays() {
        Conversation conversation = new Conversation("system", 4_000);
        conversation.beginStage("THE TASK", false);
        for (int i = 0; i < 20; i++) {
            turn(conversation, "c" + i, 4_000);
        }
        assertThat(conversation.nearlyFull()).isTrue();
        assertThat(conversation.compact(false)).isTrue();
        assertThat(conversation.nearlyFull()).isFalse();
        assertThat(conversation.toJson().toString()).contains("THE TASK");
        BuiltinAgentTest.assertWellFormed(conversation.toJson());
        assertThat(conversation.size()).isLessThan(42);
    }

    @Test
    void aForcedCompactionRemovesSomethingEvenBelowTheMark() {
        Conversation conversation = new Conversation("system", 1_000_000);
        conversation.beginStage("task", false);
        for (int i = 0; i < 12; i++) {
            turn(conversation, "c" + i, 500);
        }
        assertThat(conversation.compact(false)).isFalse();
        assertThat(conversation.compact(true)).isTrue();
        BuiltinAgentTest.assertWellFormed(conversation.toJson());
    }

    @Test
    void aSavedConversationIsRestoredAsItWas() throws Exception {
        Conversation conversation = new Conversation("system", 10_000);
        conversation.beginStage("task one", false);
        turn(conversation, "c1", 10);
        conversation.save(dir.resolve("conversation.json"));
        Conversation restored = new Conversation("other", 10_000);
        restored.load(dir.resolve("conversation.json"));
        assertThat(restored.toJson()).isEqualTo(conversation.toJson());
    }
}
