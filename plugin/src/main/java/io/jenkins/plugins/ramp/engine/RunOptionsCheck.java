package io.jenkins.plugins.ramp.engine;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import io.jenkins.plugins.ramp.config.Settings;
import org.ramp.gateway.PriceTable;

/**
 * The checks a step makes on the controller before anything starts on the node, each problem a sentence naming
 * the argument, the value and the fix. The engine checks again; these only make the common mistakes fail early.
 */
public final class RunOptionsCheck {
    private RunOptionsCheck() {
    }

    public static List<String> problems(RunOptions o, boolean hasCredential) {
        List<String> problems = new ArrayList<>();
        if (!RunOptions.Agents.ALL.contains(o.agent) && !RunOptions.Agents.isRecipe(o.agent)) {
            problems.add("agent: '" + RunFolder.printable(o.agent) + "' is not an agent; use builtin, command, noop, "
                    + "replay or the name of an agent recipe (lower-case letters, digits and '-', e.g. qwen-code)");
        }
        if (!RunOptions.Modes.ALL.contains(o.mode)) {
            problems.add("mode: '" + RunFolder.printable(o.mode) + "' is not a mode; use chain, golden-inputs or strict");
        }
        if (o.conversation != null && !o.conversation.equals("single") && !o.conversation.equals("per-stage")) {
            problems.add("conversation: '" + RunFolder.printable(o.conversation) + "'; use single or per-stage");
        }
        if (o.usesEndpoint()) {
            if (o.model == null || o.endpoint == null) {
                problems.add("agent " + o.agent + " needs model and endpoint (an OpenAI-compatible base URL, e.g. "
                        + "https://api.openai.com/v1); for a run without a model use agent: 'noop'");
            }
            if (!hasCredential) {
                problems.add("agent " + o.agent + " needs credentialsId: the id of a Secret text credential holding the "
                        + "endpoint's API key");
            }
        }
        if (o.endpoint != null && !httpUrl(o.endpoint)) {
            problems.add("endpoint: '" + RunFolder.printable(o.endpoint) + "' is not an http or https URL");
        }
        if (RunOptions.Agents.COMMAND.equals(o.agent) && o.agentCommand == null) {
            problems.add("agent command needs agentCommand, the agent program and its arguments");
        }
        if (o.agentImage != null) {
            agentImageProblem(problems, o);
        }
        if (RunOptions.Agents.REPLAY.equals(o.agent) && o.replay == null) {
            problems.add("agent replay needs replay: the workspace-relative folder of an earlier run");
        }
        positive(problems, "maxCalls", o.maxCalls);
        positive(problems, "maxSeconds", o.maxSeconds);
        positive(problems, "maxTokens", o.maxTokens);
        positive(problems, "maxDollars", o.maxDollars);
        positive(problems, "stageMaxCalls", o.stageMaxCalls);
        positive(problems, "stageMaxTokens", o.stageMaxTokens);
        positive(problems, "stageMaxDollars", o.stageMaxDollars);
        positive(problems, "stageMaxSeconds", o.stageMaxSeconds);
        positive(problems, "maxTurns", o.maxTurns);
        positive(problems, "contextWindow", o.contextWindow);
        if (o.temperature != null && (o.temperature < 0 || o.temperature > 2)) {
            problems.add("temperature: " + o.temperature + " is outside 0 to 2");
        }
        if (o.price != null) {
            String problem = priceProblem(o.model, o.price);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (o.programs != null && !o.programs.replace(" ", "").matches("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*")) {
            problems.add("programs: '" + RunFolder.printable(o.programs) + "' is not a comma-separated list of "
                    + "program names");
        }
        return problems;
    }

    /** Why a price for the run's model is refused (the engine's own parser decides), or null. */
    public static String priceProblem(String model, String price) {
        if (model == null) {
            return "price needs model: it is the price of the run's model";
        }
        try {
            PriceTable.parseOption(model + "=" + price.replace(" ", ""));
            return null;
        } catch (RuntimeException e) {
            return "price: " + e.getMessage();
        }
    }

    /** The step's own agent image: a Docker reference, and only with an agent the engine runs in it. */
    private static void agentImageProblem(List<String> problems, RunOptions o) {
        String problem = Settings.imageProblem(o.agentImage);
        if (problem != null) {
            problems.add("agentImage: " + problem);
        } else if (RunOptions.Agents.isRecipe(o.agent)) {
            problems.add("agentImage: agent " + o.agent + " runs in its recipe's own image; for another image use "
                    + "agent: 'command' with agentImage and agentCommand");
        } else if (RunOptions.Agents.ALL.contains(o.agent) && !o.takesAgentImage()) {
            problems.add("agentImage: agent " + RunFolder.printable(o.agent) + " runs nothing in an image; give "
                    + "agentImage with agent builtin, command or replay");
        }
    }

    private static boolean httpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void positive(List<String> problems, String name, Number value) {
        if (value != null && value.doubleValue() <= 0) {
            problems.add(name + ": " + value + " must be more than 0 (leave it out for the engine's default)");
        }
    }
}
