package org.ramp.agentimage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.ReceivedRequest;
import org.ramp.gateway.RetryPolicy;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;
import org.ramp.results.StageResult;
import org.ramp.results.StageStatus;
import org.ramp.run.AgentSpec;
import org.ramp.run.RunConfig;
import org.ramp.run.RunFixture;
import org.ramp.run.RunSession;
import org.ramp.util.Progress;

/**
 * Each verified recipe end to end, as CI runs it: its CLI installed from the npm registry at the pinned
 * version into an image built FROM the toolchain image (found when it exists), then T0 through the real
 * gateway against a scripted endpoint that speaks the CLI's protocol (streaming, its own tools, its side
 * calls). The CLI must edit the existing build files with its own tools and the stage must score 100;
 * what it printed is kept; the accounting equals what the endpoint sent; the key is nowhere.
 */
class CodingAgentCliIT {
    private static RunFixture fixture;
    private static final double IN = 2.0;
    private static final double CACHED = 0.5;
    private static final double OUT = 8.0;

    @TempDir
    Path dir;

    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void connect() {
        fixture = new RunFixture();
    }

    @AfterAll
    static void close() {
        fixture.docker.close();
    }

    @ParameterizedTest
    @EnumSource(CliProtocol.class)
    void theCliSolvesT0WithItsOwnEditToolsAndTheGatewayCountsExactly(CliProtocol cli) throws Exception {
        AgentRecipe recipe = new AgentRecipes(RepositoryPaths.home().resolve("agents")).load(cli.recipe);
        AgentImageBuilder builder = new AgentImageBuilder(fixture.docker, fixture.toolchain, AgentCache.forUser(),
                new NpmRegistry(NpmRegistry.fromEnvironment(), AgentCache.forUser().tarballs(), progress::add),
                progress::add);
        AgentImage image = builder.ensure(recipe, false).image();
        CliConversation model = new CliConversation(cli, fixture.golden.t0Dir());
        Path runDir = dir.resolve(cli.recipe);
        StageResult t0;
        List<ReceivedRequest> requests;
        try (LocalEndpoint endpoint = LocalEndpoint.start(model)) {
            AgentSpec agent = new AgentSpec(AgentSpec.COMMAND, recipe.command(), false, 128_000, 0.2, null,
                    recipe.name(), image.reference(), image.id());
            RunConfig config = fixture.config(runDir, agent, endpoint, Budgets.UNLIMITED, RetryPolicy.NONE);
            try (RunSession session = RunSession.create(config, fixture.docker, fixture.toolchain, progress::add)) {
                t0 = session.runStage("T0");
            }
            requests = endpoint.requests();
        }
        // every chat completion went through the gateway with the real key; the CLI held only the token
        assertThat(requests).filteredOn(r -> r.path().endsWith("/chat/completions")).isNotEmpty()
                .allMatch(r -> ("Bearer " + RunFixture.KEY).equals(r.header("Authorization")));

        assertThat(t0.status()).as(String.join("\n", progress)).isEqualTo(StageStatus.PASSED);
        assertThat(t0.score()).isEqualTo(100.0);
        assertThat(t0.agent().agent()).isEqualTo(cli.recipe);
        assertThat(t0.agent().stopReason()).isEqualTo("exited 0");

        // the CLI's own tools changed the existing file: its edit and its overwrite both succeeded
        JsonNode last = requests.stream().map(ReceivedRequest::json).filter(model::isMain)
                .reduce((first, second) -> second).orElseThrow();
        assertThat(CliConversation.toolResult(last, 2)).contains(cli.editDone);
        assertThat(CliConversation.toolResult(last, 4)).contains(cli.writeDone);
        assertThat(runDir.resolve("workspace/CMakeLists.txt")).hasSameTextualContentAs(
                fixture.golden.t0Dir().resolve("CMakeLists.txt"));
        assertThat(runDir.resolve("workspace/runtime/CMakeLists.txt")).exists();

        // what the CLI printed is kept, and its tail is in the result
        assertThat(runDir.resolve("agent/T0.out")).isRegularFile();
        assertThat(runDir.resolve("agent/T0.err")).isRegularFile();
        assertThat(t0.agent().output().stdoutBytes() + t0.agent().output().stderrBytes()).isPositive();
        assertThat(t0.agent().output().stdoutTail()).contains("The build files are fixed");

        // the accounting is exactly what the endpoint sent, every call, side calls included
        long[] sent = model.totals();
        RunResult run = RunResults.readRun(runDir.resolve("run.json"));
        assertThat(run.totals().usage().calls()).isEqualTo(model.answers());
        assertThat(run.totals().usage().promptTokens()).isEqualTo(sent[0]);
        assertThat(run.totals().usage().cachedTokens()).isEqualTo(sent[1]);
        assertThat(run.totals().usage().completionTokens()).isEqualTo(sent[2]);
        double cost = ((sent[0] - sent[1]) * IN + sent[1] * CACHED + sent[2] * OUT) / 1e6;
        assertThat(run.totals().usage().costUsd()).isCloseTo(cost, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(run.settings().agent()).isEqualTo(cli.recipe);
        assertThat(run.settings().agentOptions()).containsEntry("imageId", image.id())
                .containsEntry("image", image.reference());
        assertThat(run.toolchain().imageId()).isEqualTo(fixture.toolchain.imageId());

        RunFixture.assertKeyNowhere(runDir, String.join("\n", progress));
        fixture.assertNoContainers(runDir.getFileName().toString());
        System.out.printf("%s: T0 %.0f in %.1f s of agent phase, %d calls (%d side calls: %s)%n", cli.recipe,
                t0.score(), t0.agent().seconds(), model.answers(), model.sideCalls().size(), model.sideCalls());
    }
}
