package io.jenkins.plugins.ramp.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.ramp.engine.BundledRecipes;
import io.jenkins.plugins.ramp.engine.EngineCommandLine;
import io.jenkins.plugins.ramp.engine.EngineProcess;
import io.jenkins.plugins.ramp.engine.EngineSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine bundle as a node gets it: unpacked, it is a working RAMP_HOME whose engine loads the workload, and the
 * engine knows every option the plugin passes (checked once the engine has the per-stage commands).
 */
class EngineBundleIT {
    @TempDir
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path bundle = Path.of("target/classes/io/jenkins/plugins/ramp/engine/engine-bundle.tar.gz");
        Process tar = new ProcessBuilder("tar", "-xzf", bundle.toAbsolutePath().toString(), "-C", home.toString())
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();
    }

    /** Runs the engine with the command line and environment the plugin gives it, from another folder. */
    static Result ramp(String... args) throws IOException, InterruptedException {
        List<String> command = EngineProcess.command(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                home.resolve("ramp.jar").toString(), List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(Files.createTempDirectory("ws")
                .toFile());
        pb.environment().clear();
        pb.environment().putAll(EngineProcess.environment(System.getenv(), home.toString(), null));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    record Result(int status, String output) {
    }

    @Test
    void theUnpackedBundleIsAWorkingRampHome() throws Exception {
        assertThat(Files.isExecutable(home.resolve("tasks/starter/tests/run_public.py"))).isTrue();
        Result check = ramp("workload", "check");
        assertThat(check.status()).as(check.output()).isZero();
    }

    @Test
    void theEngineKnowsEveryOptionThePluginPasses() throws Exception {
        Result start = ramp("start", "--help");
        assumeTrue(start.status() == 0 && start.output().contains("Usage: ramp start"), "this engine has no 'ramp start' yet (the per-stage commands of PLAN.md)");
        List<String> args = EngineCommandLine.start("ramp/x", everyOption(),
                new EngineSettings("p.json", null, 1.0, 1.0, 1.0), true);
        for (String arg : args) {
            if (arg.startsWith("--")) {
                assertThat(start.output()).as("ramp start --help names " + arg).contains(arg);
            }
        }
        for (Map.Entry<String, List<String>> command : Map.of("stage", List.of("--run-dir", "--stage"), "resurrect",
                List.of("--run-dir", "--stage"), "finish", List.of("--run-dir")).entrySet()) {
            Result help = ramp(command.getKey(), "--help");
            assertThat(help.status()).as(help.output()).isZero();
            assertThat(help.output()).contains(command.getValue());
        }
    }

    @Test
    void theBundledEngineHasTheRecipesTheSnippetGeneratorOffers() throws Exception {
        Result list = ramp("agent", "list");
        assertThat(list.status()).as(list.output()).isZero();
        assertThat(BundledRecipes.names()).isNotEmpty();
        for (String recipe : BundledRecipes.names()) {
            assertThat(list.output()).as("ramp agent list").containsPattern("(?m)^" + recipe + " ");
        }
        Result build = ramp("agent", "build", "--help");
        assertThat(build.status()).as(build.output()).isZero();
        assertThat(build.output()).contains("Usage: ramp agent build");
        // a name of the right form without a recipe: the engine's refusal (exit 2) names the recipes there are
        Result missing = ramp("agent", "build", "no-such-cli");
        assertThat(missing.status()).as(missing.output()).isEqualTo(2);
        assertThat(missing.output()).contains("no-such-cli").contains(BundledRecipes.names().get(0));
    }

    private static io.jenkins.plugins.ramp.engine.RunOptions everyOption() {
        io.jenkins.plugins.ramp.engine.RunOptions o = new io.jenkins.plugins.ramp.engine.RunOptions();
        o.model = "m";
        o.endpoint = "http://127.0.0.1:1/v1";
        o.agentCommand = "x";
        o.agentImage = "i";
        o.replay = "r";
        o.maxCalls = 1L;
        o.maxSeconds = 1L;
        o.maxTokens = 1L;
        o.maxDollars = 1.0;
        o.stageMaxCalls = 1L;
        o.stageMaxTokens = 1L;
        o.stageMaxDollars = 1.0;
        o.stageMaxSeconds = 1L;
        o.maxTurns = 1;
        o.temperature = 0.1;
        o.conversation = "single";
        o.contextWindow = 1;
        o.price = "1,1,1";
        o.programs = "fib";
        return o;
    }
}
