package org.ramp.agentimage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;

/**
 * The model's side of a coding-agent CLI's T0, as a {@link LocalEndpoint.Responder}: the CLI's main
 * conversation (its own system prompt, its own tools, the stage's prompt) gets the next step of a person's
 * solution in the CLI's own tools (read the top-level CMakeLists.txt, edit it, read it again, overwrite it
 * with the corrected file, write the runtime's new one, build, then say it is done), chosen by how many
 * answers the conversation already holds, so that the CLI's retries and side calls cannot shift it. Every
 * other call (a title, a summary, a memory or next-speaker check) gets a short text. Each answer carries
 * its own usage, which is remembered: the run's accounting must add up to exactly what was sent.
 */
final class CliConversation implements LocalEndpoint.Responder {
    static final String STAGE_MARK = "# Stage T0";

    private final CliProtocol cli;
    private final List<Step> steps = new ArrayList<>();
    private final List<long[]> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<String> sideCalls = Collections.synchronizedList(new ArrayList<>());

    CliConversation(CliProtocol cli, Path goldenT0) {
        this.cli = cli;
        String top = read(goldenT0.resolve("CMakeLists.txt"));
        String runtime = read(goldenT0.resolve("runtime/CMakeLists.txt"));
        String file = "/workspace/CMakeLists.txt";
        steps.add(new Step(cli.read, cli.readArguments(file)));
        steps.add(new Step(cli.edit, cli.editArguments(file, "find_package(LLVM 17 REQUIRED CONFIG)",
                "find_package(LLVM 14 REQUIRED CONFIG)")));
        steps.add(new Step(cli.read, cli.readArguments(file)));
        steps.add(new Step(cli.write, cli.writeArguments(file, top)));
        steps.add(new Step(cli.write, cli.writeArguments("/workspace/runtime/CMakeLists.txt", runtime)));
        steps.add(new Step(cli.shell, cli.shellArguments("cmake -S . -B build -G Ninja > /dev/null && cmake --build"
                + " build | tail -2")));
    }

    /** One tool call of the solution. */
    private record Step(String tool, String arguments) {
    }

    /** The id of step n's tool call, whose result the CLI sends back in its next request. */
    static String callId(int step) {
        return "call_ramp_" + step;
    }

    @Override
    public CannedResponse answer(JsonNode request, int index) {
        long prompt = 1000 + 37L * index;
        long cached = 200 + index;
        long completion = 40 + index;
        String usage = "{\"prompt_tokens\": " + prompt + ", \"completion_tokens\": " + completion
                + ", \"total_tokens\": " + (prompt + completion) + ", \"prompt_tokens_details\": {\"cached_tokens\": "
                + cached + "}}";
        sent.add(new long[] {prompt, cached, completion});
        if (!isMain(request)) {
            sideCalls.add(firstSystemLine(request));
            return CannedResponse.message("Fixing the build files.", usage);
        }
        int answered = 0;
        for (JsonNode message : request.path("messages")) {
            answered += message.path("role").asText().equals("assistant") ? 1 : 0;
        }
        if (answered >= steps.size()) {
            return CannedResponse.message("The build files are fixed: LLVM 14 and the runtime library for both"
                    + " targets.", usage);
        }
        Step step = steps.get(answered);
        return CannedResponse.toolCall(callId(answered + 1), step.tool(), step.arguments(), usage);
    }

    /** The CLI's own conversation on the stage: its system prompt, its edit tool, the stage's prompt. */
    boolean isMain(JsonNode request) {
        if (request == null || !firstSystemLine(request).startsWith(cli.systemPrefix)) {
            return false;
        }
        boolean editTool = false;
        for (JsonNode tool : request.path("tools")) {
            editTool |= tool.path("function").path("name").asText().equals(cli.edit);
        }
        boolean stage = false;
        for (JsonNode message : request.path("messages")) {
            stage |= message.path("role").asText().equals("user") && text(message.path("content")).contains(STAGE_MARK);
        }
        return editTool && stage;
    }

    /** Prompt, cached and completion tokens summed over every answer sent. */
    long[] totals() {
        long[] totals = new long[3];
        synchronized (sent) {
            for (long[] usage : sent) {
                for (int i = 0; i < 3; i++) {
                    totals[i] += usage[i];
                }
            }
        }
        return totals;
    }

    int answers() {
        return sent.size();
    }

    /** The first line of each side call's system prompt. */
    List<String> sideCalls() {
        synchronized (sideCalls) {
            return List.copyOf(sideCalls);
        }
    }

    /** The text of the tool result the CLI sent back for step n's call (from its last main request). */
    static String toolResult(JsonNode request, int step) {
        for (JsonNode message : request.path("messages")) {
            if (message.path("tool_call_id").asText().equals(callId(step))) {
                return text(message.path("content"));
            }
        }
        throw new AssertionError("no result of " + callId(step) + " in the request");
    }

    private static String firstSystemLine(JsonNode request) {
        for (JsonNode message : request.path("messages")) {
            if (message.path("role").asText().equals("system")) {
                return text(message.path("content")).lines().findFirst().orElse("");
            }
        }
        return "";
    }

    /** A message's content as text: a string, or the text parts of a list. */
    static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            text.append(part.path("text").asText(""));
        }
        return text.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
