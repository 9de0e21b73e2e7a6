package io.jenkins.plugins.ramp.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ramp.report.Formats;

/**
 * A stage's transcript ({@code transcripts/Tn.jsonl}, one line a model call, as the gateway writes it) as a page shows
 * it: per call, its figures, the messages the request added to the conversation (every request repeats the
 * conversation so far; only what is new since the previous call is shown) and the model's answer. Every text is
 * untrusted: it is made visible by {@link ViewText} and escaped by the page.
 */
public final class TranscriptCalls {
    /** Characters of one message a page shows (tool outputs run to 24,000 characters). */
    static final int MESSAGE_CHARS = 8000;
    /** Calls one page shows; a run has at most a few hundred (500 by default). */
    static final int MAX_CALLS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Call> calls;
    private final List<String> notes;

    private TranscriptCalls(List<Call> calls, List<String> notes) {
        this.calls = List.copyOf(calls);
        this.notes = List.copyOf(notes);
    }

    public List<Call> getCalls() {
        return calls;
    }

    public List<String> getNotes() {
        return notes;
    }

    public static TranscriptCalls read(Path transcript) throws IOException {
        List<Call> calls = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<JsonNode> previous = List.of();
        try (BufferedReader in = Files.newBufferedReader(transcript, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = in.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (calls.size() >= MAX_CALLS) {
                    notes.add("calls after the first " + MAX_CALLS + " are not shown");
                    break;
                }
                JsonNode entry;
                try {
                    entry = JSON.readTree(line);
                } catch (IOException e) {
                    notes.add("line " + number + " is not JSON; left out");
                    continue;
                }
                List<JsonNode> messages = new ArrayList<>();
                entry.path("request").path("messages").forEach(messages::add);
                int common = 0;
                while (common < previous.size() && common < messages.size()
                        && previous.get(common).equals(messages.get(common))) {
                    common++;
                }
                List<Message> added = new ArrayList<>();
                for (JsonNode message : messages.subList(common, messages.size())) {
                    added.add(Message.of(message));
                }
                calls.add(new Call(entry.path("record"), common, added, answer(entry.path("response"))));
                previous = messages;
            }
        }
        return new TranscriptCalls(calls, notes);
    }

    private static List<Message> answer(JsonNode response) {
        if (response.isTextual()) {
            return List.of(new Message("response", response.asText()));
        }
        List<Message> answer = new ArrayList<>();
        JsonNode error = response.path("error");
        if (error.isObject()) {
            answer.add(new Message("error", error.path("message").asText(error.toString())));
        }
        for (JsonNode choice : response.path("choices")) {
            answer.add(Message.of(choice.path("message")));
        }
        return answer;
    }

    /** One model call. */
    public static final class Call {
        private final JsonNode record;
        private final int repeated;
        private final List<Message> added;
        private final List<Message> answer;

        Call(JsonNode record, int repeated, List<Message> added, List<Message> answer) {
            this.record = record;
            this.repeated = repeated;
            this.added = List.copyOf(added);
            this.answer = List.copyOf(answer);
        }

        public String getSequence() {
            return record.path("sequence").asText("?");
        }

        /** "200, 1,234 + 56 tokens, $0.0012, 840 ms", or what refused or failed the call. */
        public String getSummary() {
            StringBuilder text = new StringBuilder();
            text.append("status ").append(record.path("status").asInt()).append(", ")
                    .append(Formats.byUnit((double) record.path("promptTokens").asLong(), "tokens")).append(" + ")
                    .append(Formats.byUnit((double) record.path("completionTokens").asLong(), "tokens"))
                    .append(" tokens, ").append(Formats.byUnit(record.path("costUsd").asDouble(), "usd")).append(", ")
                    .append(String.format(Locale.ROOT, "%d ms", record.path("latencyMs").asLong()));
            if (record.hasNonNull("refusedBy")) {
                text.append(", refused by the ").append(record.path("refusedBy").asText()).append(" budget");
            }
            if (record.path("contextLengthError").asBoolean()) {
                text.append(", context length exceeded");
            }
            if (record.hasNonNull("error")) {
                text.append(", error: ").append(record.path("error").asText());
            }
            return ViewText.line(text.toString(), 600);
        }

        /** How many messages of the request repeat the previous call's. */
        public int getRepeated() {
            return repeated;
        }

        public List<Message> getAdded() {
            return added;
        }

        public List<Message> getAnswer() {
            return answer;
        }
    }

    /** One message: its role and its text (tool calls written as name and arguments). */
    public static final class Message {
        private final String role;
        private final String text;

        Message(String role, String text) {
            this.role = ViewText.line(role, 40);
            this.text = ViewText.visible(text, MESSAGE_CHARS);
        }

        static Message of(JsonNode message) {
            StringBuilder text = new StringBuilder();
            JsonNode content = message.path("content");
            if (content.isTextual()) {
                text.append(content.asText());
            } else if (content.isArray()) {
                for (JsonNode part : content) {
                    text.append(part.path("text").asText(part.toString()));
                }
            }
            for (JsonNode call : message.path("tool_calls")) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append("tool call ").append(call.path("function").path("name").asText("?")).append(' ')
                        .append(call.path("function").path("arguments").asText(""));
            }
            String role = message.path("role").asText("message");
            if (message.hasNonNull("tool_call_id")) {
                role = role + " (" + message.path("tool_call_id").asText() + ")";
            }
            return new Message(role, text.toString());
        }

        public String getRole() {
            return role;
        }

        public String getText() {
            return text;
        }
    }
}
