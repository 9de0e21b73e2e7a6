package io.jenkins.plugins.ramp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunOptionsCheckTest {
    @Test
    void aNoopRunNeedsNoModelEndpointOrKey() {
        RunOptions o = new RunOptions();
        o.agent = "noop";
        assertThat(RunOptionsCheck.problems(o, false)).isEmpty();
    }

    @Test
    void theBuiltinAgentNeedsModelEndpointAndCredential() {
        RunOptions o = new RunOptions();
        assertThat(RunOptionsCheck.problems(o, false)).anySatisfy(p -> assertThat(p).contains("needs model and endpoint"))
                .anySatisfy(p -> assertThat(p).contains("needs credentialsId"));
        o.model = "gpt-4o";
        o.endpoint = "https://api.openai.com/v1";
        assertThat(RunOptionsCheck.problems(o, true)).isEmpty();
    }

    @Test
    void everyBadValueIsNamedWithItsFix() {
        RunOptions o = EngineCommandLineTest.everyOption();
        o.agent = "GPT";
        o.mode = "lenient";
        o.conversation = "both";
        o.endpoint = "file:///etc/passwd";
        o.maxCalls = 0L;
        o.stageMaxDollars = -1.0;
        o.temperature = 3.0;
        o.programs = "fib;rm -rf";
        assertThat(String.join("\n", RunOptionsCheck.problems(o, true))).contains("agent: 'GPT'", "mode: 'lenient'",
                "conversation: 'both'", "endpoint: 'file:///etc/passwd' is not an http or https URL",
                "maxCalls: 0 must be more than 0", "stageMaxDollars: -1.0", "temperature: 3.0", "programs: 'fib;rm -rf'");
    }

    @Test
    void commandAndReplayNeedTheirArguments() {
        RunOptions o = new RunOptions();
        o.agent = "command";
        o.model = "m";
        o.endpoint = "http://127.0.0.1:8080/v1";
        assertThat(RunOptionsCheck.problems(o, true)).containsExactly(
                "agent command needs agentCommand, the agent program and its arguments");
        o.agent = "replay";
        assertThat(RunOptionsCheck.problems(o, false)).containsExactly(
                "agent replay needs replay: the workspace-relative folder of an earlier run");
    }

    @Test
    void thePriceIsJudgedByTheEnginesOwnParser() {
        assertThat(RunOptionsCheck.priceProblem("gpt-4o", "2.5,1.25,10")).isNull();
        assertThat(RunOptionsCheck.priceProblem("gpt-4o", "cheap")).startsWith("price: ");
        assertThat(RunOptionsCheck.priceProblem(null, "1,1,1")).contains("needs model");
    }

    @Test
    void aRecipeAgentIsAcceptedByItsNameAndNeedsModelEndpointAndCredential() {
        RunOptions o = new RunOptions();
        o.agent = "qwen-code";
        assertThat(o.usesEndpoint()).isTrue();
        assertThat(RunOptionsCheck.problems(o, false)).containsExactly(
                "agent qwen-code needs model and endpoint (an OpenAI-compatible base URL, e.g. https://api.openai.com/v1);"
                        + " for a run without a model use agent: 'noop'",
                "agent qwen-code needs credentialsId: the id of a Secret text credential holding the endpoint's API key");
        o.model = "gpt-4o";
        assertThat(RunOptionsCheck.problems(o, true)).singleElement().asString().contains("needs model and endpoint");
        o.endpoint = "https://api.openai.com/v1";
        assertThat(RunOptionsCheck.problems(o, false)).singleElement().asString().contains("needs credentialsId");
        assertThat(RunOptionsCheck.problems(o, true)).isEmpty();
        // whether a recipe of that name exists is the engine's to say (its message lists the recipes)
        o.agent = "some-other-cli2";
        assertThat(RunOptionsCheck.problems(o, true)).isEmpty();
    }

    @Test
    void aRecipeNameOfAnotherFormIsRefused() {
        for (String agent : new String[] {"Qwen-Code", "qwen_code", "-qwen", "../qwen-code", "qwen code", "qwen\u001b[2J",
                "a".repeat(41), ""}) {
            RunOptions o = new RunOptions();
            o.agent = agent;
            o.model = "m";
            o.endpoint = "https://api.openai.com/v1";
            assertThat(RunOptions.Agents.isRecipe(agent)).as(agent).isFalse();
            assertThat(RunOptionsCheck.problems(o, true)).as(agent).singleElement().asString().startsWith("agent: '")
                    .contains("is not an agent; use builtin, command, noop, replay or the name of an agent recipe"
                            + " (lower-case letters, digits and '-', e.g. qwen-code)")
                    .doesNotContain("\u001b");
        }
        assertThat(RunOptions.Agents.isRecipe("a".repeat(40))).isTrue();
        assertThat(RunOptions.Agents.isRecipe("noop")).isFalse();
    }

    @Test
    void anAgentImageIsAReferenceAndOnlyForAgentsThatRunInOne() {
        RunOptions o = new RunOptions();
        o.agent = "command";
        o.agentCommand = "my-cli";
        o.model = "m";
        o.endpoint = "https://api.openai.com/v1";
        o.agentImage = "registry.example.com/my-agent:1";
        assertThat(RunOptionsCheck.problems(o, true)).isEmpty();
        o.agentImage = "my agent; rm -rf /";
        assertThat(RunOptionsCheck.problems(o, true)).containsExactly(
                "agentImage: 'my agent; rm -rf /' is not a Docker image reference such as ramp-toolchain:TAG");
        o.agentImage = "my-agent:1";
        o.agent = "qwen-code";
        o.agentCommand = null;
        assertThat(RunOptionsCheck.problems(o, true)).containsExactly("agentImage: agent qwen-code runs in its recipe's"
                + " own image; for another image use agent: 'command' with agentImage and agentCommand");
        o.agent = "noop";
        assertThat(RunOptionsCheck.problems(o, false)).containsExactly("agentImage: agent noop runs nothing in an"
                + " image; give agentImage with agent builtin, command or replay");
    }
}
