package io.jenkins.plugins.ramp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineCommandLineTest {
    private static final String SECRET = "sk-test-0123456789abcdefSECRET";

    static RunOptions everyOption() {
        RunOptions o = new RunOptions();
        o.model = "gpt-4o";
        o.endpoint = "https://api.openai.com/v1";
        o.agent = "command";
        o.agentCommand = "npx agent --prompt {prompt_file}";
        o.agentImage = "my-agent:1";
        o.replay = "ramp/old";
        o.mode = "golden-inputs";
        o.maxCalls = 300L;
        o.maxSeconds = 7200L;
        o.maxTokens = 5_000_000L;
        o.maxDollars = 12.5;
        o.stageMaxCalls = 80L;
        o.stageMaxTokens = 900_000L;
        o.stageMaxDollars = 2.0;
        o.stageMaxSeconds = 1800L;
        o.maxTurns = 120;
        o.temperature = 0.2;
        o.conversation = "per-stage";
        o.contextWindow = 64000;
        o.price = "2.5, 1.25, 10";
        o.prices = "prices.json";
        o.programs = "fib, sort";
        return o;
    }

    @Test
    void startPassesEveryOptionByTheEngineName() {
        EngineSettings settings = new EngineSettings("/ws/ramp/.settings/x-prices.json", null, 10000.0, 100.0, 1e8);
        List<String> args = EngineCommandLine.start("ramp/gpt-4o", everyOption(), settings, true);
        assertThat(String.join(" ", args)).isEqualTo("start --run-dir ramp/gpt-4o --agent command"
                + " --agent-command npx agent --prompt {prompt_file} --agent-image my-agent:1 --replay ramp/old"
                + " --model gpt-4o"
                + " --endpoint https://api.openai.com/v1 --mode golden-inputs --max-calls 300 --max-seconds 7200"
                + " --max-tokens 5000000 --max-dollars 12.5 --stage-max-calls 80 --stage-max-tokens 900000"
                + " --stage-max-dollars 2 --stage-max-seconds 1800 --max-turns 120 --temperature 0.2"
                + " --conversation per-stage --context-window 64000 --prices prices.json --price gpt-4o=2.5,1.25,10"
                + " --programs fib,sort --api-key-env RAMP_API_KEY --time-scale 10000 --cost-scale 100"
                + " --token-scale 100000000");
        // one argument per value: the agent command stays one argument, whatever its spaces
        assertThat(args).contains("npx agent --prompt {prompt_file}");
    }

    @Test
    void aNoopRunNeedsNothingButItsFolder() {
        RunOptions noop = new RunOptions();
        noop.agent = "noop";
        assertThat(EngineCommandLine.start("ramp/baseline", noop, EngineSettings.defaults(), false))
                .containsExactly("start", "--run-dir", "ramp/baseline", "--agent", "noop", "--mode", "chain");
    }

    @Test
    void theGlobalPriceTableIsUsedUnlessTheStepNamesItsOwn() {
        RunOptions o = new RunOptions();
        EngineSettings settings = new EngineSettings("/ws/ramp/.settings/x-prices.json", null, null, null, null);
        assertThat(EngineCommandLine.start("ramp/x", o, settings, false)).containsSequence("--prices",
                "/ws/ramp/.settings/x-prices.json");
        o.prices = "mine.json";
        assertThat(EngineCommandLine.start("ramp/x", o, settings, false)).containsSequence("--prices", "mine.json")
                .doesNotContain("/ws/ramp/.settings/x-prices.json");
    }

    @Test
    void theGlobalDefaultAgentImageIsPassedUnlessTheStepNamesItsOwn() {
        EngineSettings settings = new EngineSettings(null, "ramp-agent:abc", null, null, null);
        RunOptions o = new RunOptions();
        assertThat(EngineCommandLine.start("ramp/x", o, settings, false)).containsSequence("--agent-image",
                "ramp-agent:abc");
        o.agent = "command";
        o.agentCommand = "my-cli";
        assertThat(EngineCommandLine.start("ramp/x", o, settings, false)).containsSequence("--agent-image",
                "ramp-agent:abc");
        o.agentImage = "my-agent:2";
        List<String> args = EngineCommandLine.start("ramp/x", o, settings, false);
        assertThat(args).containsSequence("--agent-image", "my-agent:2").doesNotContain("ramp-agent:abc");
        assertThat(args.stream().filter("--agent-image"::equals)).hasSize(1);
        // the step's own image without a global default
        assertThat(EngineCommandLine.start("ramp/x", o, EngineSettings.defaults(), false)).containsSequence(
                "--agent-image", "my-agent:2");
        // neither: the engine's default, the toolchain image
        o.agentImage = null;
        assertThat(EngineCommandLine.start("ramp/x", o, EngineSettings.defaults(), false)).doesNotContain(
                "--agent-image");
    }

    @Test
    void theGlobalDefaultIsNotPassedToAgentsTheEngineRefusesItWith() {
        // ramp start refuses --agent-image with noop (it runs nothing) and with a recipe (it brings its own image)
        EngineSettings settings = new EngineSettings(null, "ramp-agent:abc", null, null, null);
        for (String agent : List.of("noop", "qwen-code", "opencode")) {
            RunOptions o = new RunOptions();
            o.agent = agent;
            assertThat(EngineCommandLine.start("ramp/x", o, settings, false)).as(agent).doesNotContain("--agent-image",
                    "ramp-agent:abc").containsSequence("--agent", agent);
        }
        RunOptions replay = new RunOptions();
        replay.agent = "replay";
        replay.replay = "ramp/old";
        assertThat(EngineCommandLine.start("ramp/x", replay, settings, false)).containsSequence("--agent-image",
                "ramp-agent:abc");
    }

    @Test
    void perStageCommandsFollowTheContract() {
        assertThat(EngineCommandLine.stage("ramp/a", "T3")).containsExactly("stage", "--run-dir", "ramp/a", "--stage", "T3");
        assertThat(EngineCommandLine.resurrect("ramp/a", "T1"))
                .containsExactly("resurrect", "--run-dir", "ramp/a", "--stage", "T1");
        assertThat(EngineCommandLine.finish("ramp/a")).containsExactly("finish", "--run-dir", "ramp/a");
        assertThat(EngineCommandLine.imageBuild()).containsExactly("image", "build");
        assertThat(EngineCommandLine.agentBuild("qwen-code")).containsExactly("agent", "build", "qwen-code");
    }

    @Test
    void theKeyIsNeverOnACommandLineOnlyInTheEnvironment() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(EngineCommandLine.start("ramp/x", everyOption(), EngineSettings.defaults(), true));
        commands.add(EngineCommandLine.stage("ramp/x", "T1"));
        commands.add(EngineCommandLine.resurrect("ramp/x", "T1"));
        commands.add(EngineCommandLine.finish("ramp/x"));
        commands.add(EngineCommandLine.imageBuild());
        commands.add(EngineCommandLine.agentBuild("qwen-code"));
        for (List<String> args : commands) {
            List<String> process = EngineProcess.command("/usr/lib/jvm/17/bin/java", "/home/j/ramp/engine-1/ramp.jar",
                    args);
            assertThat(String.join(" ", process)).doesNotContain(SECRET).doesNotContain("SECRET");
        }
        Map<String, String> env = EngineProcess.environment(Map.of("PATH", "/usr/bin"), "/home/j/ramp/engine-1", SECRET);
        assertThat(env).containsEntry("RAMP_API_KEY", SECRET).containsEntry("RAMP_HOME", "/home/j/ramp/engine-1")
                .containsEntry("PATH", "/usr/bin");
    }

    @Test
    void withoutACredentialTheBuildCannotSlipAKeyIn() {
        Map<String, String> env = EngineProcess.environment(Map.of("RAMP_API_KEY", "from-the-build"), "/h", null);
        assertThat(env).doesNotContainKey("RAMP_API_KEY");
    }

    @Test
    void numbersAreWrittenWithoutLocaleOrTrailingZero() {
        assertThat(EngineCommandLine.number(200.0)).isEqualTo("200");
        assertThat(EngineCommandLine.number(0.25)).isEqualTo("0.25");
        assertThat(EngineCommandLine.number(3e8)).isEqualTo("300000000");
    }
}
