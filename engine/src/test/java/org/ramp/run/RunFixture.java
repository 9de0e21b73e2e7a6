package org.ramp.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.gateway.Budgets;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.ModelPrice;
import org.ramp.gateway.PriceTable;
import org.ramp.gateway.RetryPolicy;
import org.ramp.gateway.Secret;
import org.ramp.golden.GoldenSet;
import org.ramp.metrics.AeiScales;
import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;
import org.ramp.workload.Workload;

/** What the orchestrator's integration tests share: the workload, two programs, scripts of the model's answers. */
public final class RunFixture {
    /** The key the tests give the gateway; no file a run writes may contain it. */
    public static final String KEY = "sk-ramp-test-DO-NOT-LEAK-4f1c9b";
    public static final String USAGE = "{\"prompt_tokens\": 1000, \"completion_tokens\": 50, "
            + "\"prompt_tokens_details\": {\"cached_tokens\": 400}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Workload workload = ToolchainForTests.workload();
    public final GoldenSet golden = new GoldenSet(RepositoryPaths.golden());
    public final DockerEngine docker = DockerEngine.connect();
    public final ToolchainInfo toolchain = ToolchainForTests.image(docker);
    /** One public and one hidden program keep every stage's grading short. */
    public final List<TestProgram> programs = List.of(
            workload.programs(Visibility.PUBLIC).stream().filter(p -> p.name().startsWith("func_")).findFirst().orElseThrow(),
            workload.programs(Visibility.HIDDEN).stream().filter(p -> p.name().startsWith("func_")).findFirst().orElseThrow());

    public RunConfig config(Path runDir, AgentSpec agent, LocalEndpoint endpoint, Budgets budgets, RetryPolicy retry) {
        PriceTable prices = PriceTable.empty().with(new ModelPrice(LocalEndpoint.MODEL, 2.0, 0.5, 8.0, "test", ""));
        return new RunConfig(workload, golden, runDir, programs, Mode.CHAIN, agent, LocalEndpoint.MODEL,
                endpoint == null ? null : endpoint.baseUrl(), Secret.of(KEY), "OPENAI_API_KEY", prices, budgets,
                Budgets.UNLIMITED, 100, AeiScales.RAMP, retry);
    }

    public RunConfig config(Path runDir, LocalEndpoint endpoint) {
        return config(runDir, builtin(), endpoint, Budgets.UNLIMITED, new RetryPolicy(2, Duration.ofMillis(10),
                Duration.ofMillis(10)));
    }

    public static AgentSpec builtin() {
        return new AgentSpec(AgentSpec.BUILTIN, null, false, 128_000, 0.2, null);
    }

    /** T0 solved as a person would: the two corrected build files written, the build tried, done. */
    public List<CannedResponse> solveT0() {
        List<CannedResponse> script = new ArrayList<>();
        script.add(write("t0-1", "CMakeLists.txt", golden.t0Dir().resolve("CMakeLists.txt")));
        script.add(write("t0-2", "runtime/CMakeLists.txt", golden.t0Dir().resolve("runtime/CMakeLists.txt")));
        script.add(shell("t0-3", "cmake -S . -B build -G Ninja > /dev/null && cmake --build build | tail -2"));
        script.add(finish("t0-4"));
        return script;
    }

    /** Every stage from T1 on handed in at once. */
    public static List<CannedResponse> finishEachLaterStage() {
        List<CannedResponse> script = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            script.add(finish("t" + stage));
        }
        return script;
    }

    public static CannedResponse shell(String id, String command) {
        ObjectNode arguments = JSON.createObjectNode().put("command", command);
        return CannedResponse.toolCall(id, "run_shell", arguments.toString(), USAGE);
    }

    public static CannedResponse finish(String id) {
        return CannedResponse.toolCall(id, "finish", "{\"summary\": \"done\"}", USAGE);
    }

    private static CannedResponse write(String id, String path, Path content) {
        try {
            ObjectNode arguments = JSON.createObjectNode().put("path", path)
                    .put("content", Files.readString(content, StandardCharsets.UTF_8));
            return CannedResponse.toolCall(id, "write_file", arguments.toString(), USAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CannedResponse> concat(List<CannedResponse> first, List<CannedResponse> second) {
        List<CannedResponse> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** No file under the folder contains the key. */
    public static void assertKeyNowhere(Path folder, String... moreText) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(KEY);
            }
        }
        for (String text : moreText) {
            assertThat(text).doesNotContain(KEY);
        }
    }

    /** The run left no container behind. */
    public void assertNoContainers(String runId) {
        assertThat(docker.containersLabelled(DockerEngine.RUN_LABEL, runId)).isEmpty();
    }
}
