package org.ramp.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramp.gateway.BudgetKind;
import org.ramp.gateway.Secret;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.Text;

/**
 * The engine's own agent: a tool-calling loop against the gateway. It stops when the model calls
 * {@code finish}, after {@value #QUIET_TURNS} answers in a row without a tool call, at the stage's
 * turn limit or deadline, or when the gateway refuses further calls. One conversation runs across all
 * stages (as in RAMP), or a fresh one per stage.
 */
public final class BuiltinAgent implements Agent {
    static final int QUIET_TURNS = 3;
    /** The budget a refusal names, in the gateway's words. */
    private static final Pattern BUDGET_KIND = Pattern.compile("\\b(" + java.util.Arrays.stream(BudgetKind.values())
            .map(BudgetKind::word).collect(java.util.stream.Collectors.joining("|")) + ")\\b");
    private static final String SYSTEM = """
            You are a software engineer working alone on a C++ project in a Linux container, through tools.
            The project is in /workspace. You cannot install packages and there is no network.
            Work in small steps: inspect, change, build, test, repeat. Read the instructions of each stage
            carefully; they say how your work is graded. When the stage's work is complete, call finish.""";

    private final Settings settings;
    private Conversation conversation;

    /**
     * @param freshPerStage a new conversation for every stage instead of one for the whole run
     * @param contextWindow the model's context window in tokens, for context management
     */
    public record Settings(boolean freshPerStage, int contextWindow, double temperature, Duration callTimeout) {
    }

    public BuiltinAgent(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String kind() {
        return "builtin";
    }

    /** Continues the conversation a previous (interrupted) run saved. */
    public void restore(Path state) {
        if (Files.isRegularFile(state)) {
            try {
                conversation().load(state);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the saved conversation " + state, e);
            }
        }
    }

    public void save(Path state) {
        try {
            conversation().save(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the conversation to " + state, e);
        }
    }

    @Override
    public AgentOutcome work(AgentTask task) throws InterruptedException {
        long started = System.nanoTime();
        Conversation messages = conversation();
        messages.beginStage(task.prompt(), settings.freshPerStage());
        ChatClient client = new ChatClient(task.model(), settings.callTimeout());
        ArrayNode tools = Tools.definitions();
        int turns = 0;
        int toolCalls = 0;
        int toolErrors = 0;
        int quiet = 0;
        String stop = null;
        while (stop == null) {
            if (Instant.now().isAfter(task.deadline())) {
                stop = StopReason.TIME;
                break;
            }
            if (turns >= task.maxTurns()) {
                stop = StopReason.MAX_TURNS;
                break;
            }
            messages.compact(false);
            ChatClient.Reply reply;
            try {
                reply = callWithCompaction(client, messages, tools);
            } catch (ChatException e) {
                stop = stopReason(e);
                say(task, task.stageId() + " the agent stops: " + e.getMessage());
                break;
            }
            turns++;
            messages.counted(reply.promptTokens());
            messages.add((ObjectNode) reply.message());
            if (!reply.hasToolCalls()) {
                quiet++;
                String content = Secret.scrub(reply.content().strip().replace('\n', ' '));
                say(task, task.stageId() + " turn " + turns + ": no tool call"
                        + (content.isBlank() ? "" : ": " + Text.clip(content, 100)));
                if (quiet >= QUIET_TURNS) {
                    stop = StopReason.NO_TOOL_CALLS;
                } else {
                    messages.addUser("Continue with the stage using the tools, or call finish when its work is complete.");
                }
                continue;
            }
            quiet = 0;
            for (JsonNode call : reply.message().get("tool_calls")) {
                String id = call.path("id").asText("call");
                String name = call.path("function").path("name").asText("");
                String arguments = call.path("function").path("arguments").asText("");
                toolCalls++;
                if (Tools.FINISH.equals(name)) {
                    messages.addToolResult(id, "The stage is handed in for grading.");
                    stop = StopReason.FINISHED;
                    continue;
                }
                Tools.Result result;
                try {
                    result = Tools.call(name, arguments, task.container().get());
                } catch (SandboxException e) {
                    messages.addToolResult(id, "error: the container failed: " + e.getMessage());
                    stop = StopReason.CRASHED;
                    say(task, task.stageId() + " the agent's container failed: " + e.getMessage());
                    continue;
                }
                if (result.error()) {
                    toolErrors++;
                }
                messages.addToolResult(id, result.text());
                say(task, String.format(Locale.ROOT, "%s turn %d: %s %s%s", task.stageId(), turns, name,
                        Text.clip(Secret.scrub(arguments.replace('\n', ' ')), 90), result.error() ? " (error)" : ""));
            }
        }
        return new AgentOutcome(stop, turns, toolCalls, toolErrors, (System.nanoTime() - started) / 1e9);
    }

    /** One call; when the endpoint says the prompt is too long, compacts once and tries again. */
    private ChatClient.Reply callWithCompaction(ChatClient client, Conversation messages, ArrayNode tools)
            throws ChatException, InterruptedException {
        try {
            return client.complete(messages.toJson(), tools, settings.temperature());
        } catch (ChatException e) {
            if (e.kind() != ChatException.Kind.CONTEXT_LENGTH || !messages.compact(true)) {
                throw e;
            }
            return client.complete(messages.toJson(), tools, settings.temperature());
        }
    }

    /**
     * A progress line about the model's work: scrubbed of every key (the model's text and tool
     * arguments are untrusted and might carry one the endpoint reflected). Text is scrubbed before
     * it is clipped too, so that a clip cannot leave the start of a key.
     */
    private static void say(AgentTask task, String line) {
        task.progress().line(Secret.scrub(line));
    }

    private static String stopReason(ChatException e) {
        return switch (e.kind()) {
            case BUDGET -> {
                Matcher kind = BUDGET_KIND.matcher(e.getMessage());
                yield StopReason.budget(kind.find() ? kind.group(1) : "unknown");
            }
            case CONTEXT_LENGTH -> StopReason.CONTEXT_LENGTH;
            case ENDPOINT, REJECTED -> StopReason.ENDPOINT_FAILURE;
        };
    }

    private Conversation conversation() {
        if (conversation == null) {
            conversation = new Conversation(SYSTEM, settings.contextWindow());
        }
        return conversation;
    }
}
