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
        o.agent = "gpt";
        o.mode = "lenient";
        o.conversation = "both";
        o.endpoint = "file:///etc/passwd";
        o.maxCalls = 0L;
        o.stageMaxDollars = -1.0;
        o.temperature = 3.0;
        o.programs = "fib;rm -rf";
        assertThat(String.join("\n", RunOptionsCheck.problems(o, true))).contains("agent: 'gpt'", "mode: 'lenient'",
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
}
