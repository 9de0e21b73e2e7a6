package org.ramp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.report.ReportPages.chartData;
import static org.ramp.report.ReportPages.assertContains;
import static org.ramp.report.ReportPages.assertLacks;
import static org.ramp.report.ReportPages.count;
import static org.ramp.report.ReportPages.markup;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ramp.results.StageStatus;
import org.ramp.results.FailureClass;
import org.ramp.results.Failure;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.results.RunResult;
import org.ramp.results.StageResult;

/** report.html: content, escaping, the chart data block, self-containment, partial runs. */
class HtmlReportTest {
    /** Any attribute or CSS reference that would make the browser fetch something over the network. */
    private static final Pattern REMOTE = Pattern.compile(
            "(?i)(?:\\b(?:src|href|srcset|action|poster|data)\\s*=\\s*[\"']?\\s*|@import\\s*[\"']?|url\\(\\s*[\"']?\\s*)"
                    + "(?:https?:)?//");

    @Test
    void aFullRunShowsHeaderTotalsStagesCasesAndCharts() throws Exception {
        RunResult run = RunResultFixtures.realistic();
        String page = HtmlReport.render(run, RunResultFixtures.history());

        assertThat(page).startsWith("<!DOCTYPE html>");
        assertContains(page, run.runId(), "deepseek-chat", "builtin", "chain", "ramp-toolchain:bb516bf8815c",
                "Debian clang version 14.0.6", "sysy-compiler 1.0.0", "2026-11-22 10:15:00 UTC");
        assertContains(page, "pipeline score", "mean reward", "pass score", "AEI", "strict end-to-end");
        assertContains(page, Formats.metric(run.metrics().pipelineScore()), Formats.metric(run.metrics().meanReward()),
                Formats.metric(run.metrics().aei()), Formats.metric(run.metrics().strictScore()));
        assertContains(page, "tokens (RAMP sum)", "tokens (corrected)", "model failures", "infrastructure failures");
        assertContains(page, Formats.count(run.totals().usage().tokensRamp()),
                Formats.count(run.totals().usage().tokensCorrected()));
        for (String component : List.of("stage", "meanReward", "time", "cost", "tokens")) {
            assertContains(page, "<td>" + component + "</td><td class=\"num\">"
                    + Formats.metric(run.metrics().aeiComponents().get(component)));
        }
        for (StageResult stage : run.stages()) {
            assertContains(page, "<tr id=\"stage-" + stage.id() + "\">", "<details class=\"cases\" id=\"cases-"
                    + stage.id() + "\">");
        }
        // T3 failed, so T4 was reached by resurrection; T3 is marked resurrected
        assertContains(page, "reached by resurrection", "reasoning", "120 turns without a higher public score",
                "max-turns", "budget-calls");
        assertThat(count(page, "<details class=\"cases\"")).isEqualTo(6);
        assertThat(count(page, "<td class=\"mono\">func_fib_recursive</td>")).isEqualTo(5);
        assertContains(page, "data-charts-expected=\"4\"", "id=\"chart-cost-reward\"", "id=\"chart-trend-reward\"",
                "id=\"chart-trend-cost\"", "id=\"chart-trend-aei\"", "Chart.js v" + ChartJs.version(),
                "document.body.dataset.chartsRendered = String(created)");
        assertThat(count(page, "<style>")).isEqualTo(1);
        assertThat(count(page, "</script>")).as("data block, Chart.js, the page's script").isEqualTo(3);
        assertLacks(page, "sourceMappingURL");
        assertThat(HtmlReport.chartCount(run, RunResultFixtures.history())).isEqualTo(4);
    }

    @Test
    void aRuleViolationShowsWithItsEvidenceAsTheModelsFailure() throws Exception {
        RunResult run = RunResultFixtures.realistic();
        java.util.List<org.ramp.results.StageResult> stages = new ArrayList<>(run.stages());
        org.ramp.results.StageResult t1 = stages.get(1);
        String attempt = "build/sysyc lex (case func_a) ran clang -cc1 -dump-tokens <b>x</b>.i, which the stage's"
                + " rules forbid; it was refused";
        stages.set(1, new org.ramp.results.StageResult(t1.id(), t1.name(), org.ramp.results.StageStatus.FAILED, 0,
                t1.passThreshold(), t1.inputs(), true, new org.ramp.results.Failure(
                        org.ramp.results.FailureClass.RULE_VIOLATION, List.of("the stage scores 0: its rules were"
                                + " broken", attempt)), t1.agent(), t1.grade(), t1.usage(), t1.cases(), t1.startedAt(),
                t1.finishedAt()));
        RunResult violated = new RunResult(run.schema(), run.runId(), run.status(), run.startedAt(), run.finishedAt(),
                run.settings(), run.toolchain(), run.workload(), stages, run.totals(), run.metrics());
        String page = HtmlReport.render(violated, List.of());
        int row = page.indexOf("<tr id=\"stage-T1\">");
        String stage = page.substring(row, page.indexOf("</tr>", row));
        assertContains(stage, "<b>rule-violation</b>", "the stage scores 0: its rules were broken",
                "ran clang -cc1 -dump-tokens &lt;b&gt;x&lt;/b&gt;.i");
        assertThat(stage).doesNotContain("not the model's").doesNotContain("<b>x</b>");
    }

    @Test
    void theChartDataBlockIsJsonWithCumulativeCostAndTheCurrentRunMarked() throws Exception {
        RunResult run = RunResultFixtures.realistic();
        JsonNode data = chartData(HtmlReport.render(run, RunResultFixtures.history()));

        JsonNode points = data.get("costReward").get("points");
        assertThat(points).hasSize(6);
        double cumulative = 0;
        for (int i = 0; i < 6; i++) {
            StageResult stage = run.stages().get(i);
            cumulative += stage.usage().costUsd();
            assertThat(points.get(i).get("stage").asText()).isEqualTo(stage.id());
            assertThat(points.get(i).get("score").asDouble()).isEqualTo(stage.score());
            assertThat(points.get(i).get("cost").asDouble()).isCloseTo(cumulative, org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(points.get(4).get("inputs").asText()).isEqualTo("resurrection");
        assertThat(data.get("costReward").get("passThreshold").asDouble()).isEqualTo(60);

        JsonNode trend = data.get("trend");
        assertThat(trend).hasSize(6);
        List<String> ids = new ArrayList<>();
        trend.forEach(r -> ids.add(r.get("runId").asText()));
        assertThat(ids).isSorted().last().isEqualTo(run.runId());
        assertThat(trend.findValues("current").stream().filter(JsonNode::asBoolean)).hasSize(1);
        assertThat(trend.get(5).get("current").asBoolean()).isTrue();
        assertThat(trend.get(5).get("aei").asDouble()).isEqualTo(run.metrics().aei());
        assertThat(trend.get(5).get("costUsd").asDouble()).isEqualTo(run.totals().usage().costUsd());
    }

    @Test
    void theCurrentRunInItsOwnHistoryIsCountedOnce() throws Exception {
        RunResult run = RunResultFixtures.realistic();
        List<RunResult> history = new ArrayList<>(RunResultFixtures.history());
        history.add(run);
        assertThat(chartData(HtmlReport.render(run, history)).get("trend")).hasSize(6);
        assertThat(HtmlReport.chartCount(run, List.of(run))).as("no other run, no trend").isEqualTo(1);
    }

    @Test
    void withoutHistoryThereIsOneChartAndANote() throws Exception {
        String page = HtmlReport.render(RunResultFixtures.realistic(), List.of());
        assertContains(page, "data-charts-expected=\"1\"", "No earlier runs were given");
        assertLacks(page, "id=\"chart-trend-reward\"");
        assertThat(chartData(page).get("trend").isNull()).isTrue();
    }

    @Test
    void aRunningRunShowsWhatIsKnown() throws Exception {
        RunResult run = RunResultFixtures.running();
        String page = HtmlReport.render(run, (List<RunResult>) null);
        assertContains(page, "still running", "3 stages known so far", "No metrics yet", "not yet",
                "<tr id=\"stage-T2\">", Formats.usd(run.totals().usage().costUsd()));
        assertLacks(page, "<tr id=\"stage-T3\">");
        assertThat(chartData(page).get("costReward").get("points")).hasSize(3);
    }

    @Test
    void anInterruptedRunWithoutTotalsAddsUpItsStages() throws Exception {
        RunResult run = RunResultFixtures.interruptedWithoutTotals();
        String page = HtmlReport.render(run, List.of());
        double cost = run.stages().stream().mapToDouble(stage -> stage.usage().costUsd()).sum();
        assertContains(page, "interrupted", "ramp run --resume", "summed from the stages known so far",
                Formats.usd(cost));
        assertThat(count(page, "<details class=\"cases\"")).isEqualTo(2);
    }

    @Test
    void aRunWithNoStageYetStillRenders() {
        RunResult full = RunResultFixtures.running();
        RunResult empty = new RunResult(full.schema(), full.runId(), full.status(), full.startedAt(), null,
                full.settings(), null, null, List.of(), null, null);
        String page = HtmlReport.render(empty, RunResultFixtures.history());
        assertContains(page, "No stage has a result yet", "data-charts-expected=\"3\"");
        assertLacks(page, "id=\"chart-cost-reward\"");
    }

    @Test
    void hostileTextAppearsOnlyEscaped() throws Exception {
        RunResult run = RunResultFixtures.hostile();
        String page = HtmlReport.render(run, RunResultFixtures.history());

        // nothing from run.json opens or closes an element
        assertLacks(page, RunResultFixtures.SCRIPT, "alert(1)</script>", "<img", "<b>bold</b>", "<!-- comment",
                "&amp; <!--");
        // outside the scripts (Chart.js has quoted strings, JSON needs no escaped quotes) every quote is escaped
        assertLacks(markup(page), "'single'", "\"double\"");
        assertThat(count(page, "<script")).as("only the page's own three scripts").isEqualTo(3);
        assertThat(count(page, "</script>")).isEqualTo(3);
        assertContains(page, "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;",
                "&quot;double&quot; &amp; &#39;single&#39; &lt;b&gt;bold&lt;/b&gt; &amp;amp; &lt;!-- comment");
        // the title, the failure evidence, the case reasons, the build log and the agent options carry them too
        assertThat(count(page, "&lt;script&gt;alert(1)&lt;/script&gt;")).isGreaterThan(10);

        // and the chart data gives them back unchanged
        JsonNode data = chartData(page);
        assertThat(data.get("costReward").get("points").get(0).get("name").asText())
                .isEqualTo("environment " + RunResultFixtures.QUOTES);
        assertThat(data.get("trend").get(5).get("model").asText()).isEqualTo(RunResultFixtures.SCRIPT);
        String block = page.substring(page.indexOf(ReportPages.DATA_OPEN) + ReportPages.DATA_OPEN.length(),
                page.indexOf("</script>", page.indexOf(ReportPages.DATA_OPEN)));
        assertThat(block).doesNotContain("<", ">", "&");
    }

    @Test
    void anAgentProgramsOutputTailIsShownEscapedAndConfigurationFailuresAreCountedApart() throws Exception {
        String hostile = HtmlReport.render(RunResultFixtures.hostile(), List.of());
        assertContains(hostile, "program output", "stdout &lt;script&gt;alert(1)&lt;/script&gt;",
                "stderr &lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;", "the middle of a long stream was left out");
        RunResult run = RunResultFixtures.realistic();
        List<StageResult> stages = new ArrayList<>(run.stages());
        StageResult first = stages.get(0);
        stages.set(0, new StageResult(first.id(), first.name(), StageStatus.FAILED, 0, first.passThreshold(),
                first.inputs(), false, new Failure(FailureClass.CONFIGURATION,
                        List.of("the agent program could not start: qwen-code: command not found")),
                first.agent(), first.grade(), first.usage(), first.cases(), first.startedAt(), first.finishedAt()));
        RunResult configured = new RunResult(run.schema(), run.runId(), run.status(), run.startedAt(), run.finishedAt(),
                run.settings(), run.toolchain(), run.workload(), stages, null, run.metrics());
        String page = HtmlReport.render(configured, List.of());
        assertContains(page, "configuration failures", "qwen-code: command not found", "(not the model's)");
        assertThat(page).containsPattern("configuration failures</div><div class=\"value\">1<");
    }

    @Test
    void thePageReferencesNoRemoteResource() {
        for (RunResult run : List.of(RunResultFixtures.realistic(), RunResultFixtures.hostile(),
                RunResultFixtures.running())) {
            String page = HtmlReport.render(run, RunResultFixtures.history());
            Matcher remote = REMOTE.matcher(page);
            assertThat(remote.find()).as(() -> "remote reference: " + page.substring(Math.max(0, remote.start() - 40),
                    Math.min(page.length(), remote.end() + 40))).isFalse();
            String lower = page.toLowerCase(java.util.Locale.ROOT);
            assertLacks(lower, "<link", "<iframe", "<script src", "@font-face", "<img", "<object", "<embed");
        }
        // the pattern does see what it looks for
        assertThat(REMOTE.matcher("<script src=\"https://cdn.example/chart.js\">").find()).isTrue();
        assertThat(REMOTE.matcher("<link href='//fonts.example/x.css'>").find()).isTrue();
        assertThat(REMOTE.matcher("@import \"http://x/y.css\";").find()).isTrue();
        assertThat(REMOTE.matcher("background: url( 'https://x/y.png')").find()).isTrue();
    }

    @Test
    void writeReadsRunJsonAndHistoryAndReplacesTheReportAtomically(@TempDir Path dir) throws Exception {
        Path runs = dir.resolve("runs");
        for (RunResult earlier : RunResultFixtures.history()) {
            RunResultFixtures.write(runs.resolve(earlier.runId()), earlier);
        }
        Files.createDirectories(runs.resolve("broken"));
        Files.writeString(runs.resolve("broken/run.json"), "{\"schema\": \"ramp-run/1\", \"runId\": ");
        RunResult run = RunResultFixtures.realistic();
        Path runDir = runs.resolve(run.runId());
        RunResultFixtures.write(runDir, run);
        Files.writeString(runDir.resolve("report.html"), "old");

        Path report = HtmlReport.write(runDir, runs);

        assertThat(report).isEqualTo(runDir.toAbsolutePath().resolve("report.html"));
        String page = Files.readString(report);
        assertContains(page, "data-charts-expected=\"4\"", "1 earlier run was skipped",
                runs.resolve("broken/run.json").toString());
        assertThat(chartData(page).get("trend")).hasSize(6);
        try (Stream<Path> files = Files.list(runDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("run.json", "report.html");
        }
        assertThat(HtmlReport.write(runDir.resolve("run.json"), null)).isEqualTo(report);
    }

    @Test
    void writeNamesAMissingRunJson(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlReport.write(dir, null))
                .isInstanceOf(RunFileException.class).hasMessageContaining(dir.resolve("run.json").toString())
                .hasMessageContaining("no such file");
    }
}
