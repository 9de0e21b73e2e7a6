package org.ramp.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ramp.results.AgentPhase;
import org.ramp.results.CaseResult;
import org.ramp.results.Failure;
import org.ramp.results.FailureClass;
import org.ramp.results.GradePhase;
import org.ramp.results.InputSource;
import org.ramp.results.ProgramOutput;
import org.ramp.results.RunMetrics;
import org.ramp.results.RunResult;
import org.ramp.results.RunSettings;
import org.ramp.results.RunStatus;
import org.ramp.results.RunTotals;
import org.ramp.results.StageResult;
import org.ramp.results.Usage;
import org.ramp.util.AtomicFiles;
import org.ramp.util.Text;

/**
 * {@code report.html}: one run as a single self-contained page. Chart.js and the page's own script and
 * style are inlined, so the page opens without any network. Every text from run.json is escaped; the
 * charts read their data from a JSON block, never from code assembled as text.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "report.html";

    /** Reasons and evidence are written by graders and agents; a page stays readable without their tails. */
    private static final int MAX_TEXT = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunResult run;
    private final List<RunResult> runs;
    private final List<String> skipped;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(RunResult run, RunHistory history) {
        this.run = Objects.requireNonNull(run, "run");
        this.runs = history.with(run);
        this.skipped = history.skipped();
    }

    /** The page for {@code run}, with trend charts over {@code history} and the run itself. */
    public static String render(RunResult run, List<RunResult> history) {
        return render(run, new RunHistory(history == null ? List.of() : history, List.of()));
    }

    /** As {@link #render(RunResult, List)}, and lists the history's skipped files. */
    public static String render(RunResult run, RunHistory history) {
        return new HtmlReport(run, history == null ? RunHistory.NONE : history).page();
    }

    /**
     * Reads {@code runDir/run.json}, the earlier runs in {@code historyDir} when given, and writes
     * {@code runDir/report.html} atomically.
     *
     * @return the report's path
     * @throws IOException when the history folder does not exist or the report cannot be written
     */
    public static Path write(Path runDir, Path historyDir) throws RunFileException, IOException {
        RunResult run = RunFiles.read(runDir);
        RunHistory history = historyDir == null ? RunHistory.NONE : RunHistory.load(historyDir);
        Path report = RunFiles.runJson(runDir).toAbsolutePath().getParent().resolve(FILE_NAME);
        AtomicFiles.write(report, render(run, history));
        return report;
    }

    /** How many charts a page for this run and history draws: what its script reports when done. */
    public static int chartCount(RunResult run, List<RunResult> history) {
        return new HtmlReport(run, new RunHistory(history == null ? List.of() : history, List.of())).expectedCharts();
    }

    private int expectedCharts() {
        return (run.stages().isEmpty() ? 0 : 1) + (hasTrend() ? 3 : 0);
    }

    private boolean hasTrend() {
        return runs.size() > 1;
    }

    private String page() {
        RunSettings settings = run.settings();
        String model = settings == null ? null : settings.model();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>RAMP run ").append(e(run.runId()));
        if (model != null) {
            out.append(" · ").append(e(model));
        }
        out.append("</title>\n<style>\n").append(resource("report.css")).append("</style>\n</head>\n")
                .append("<body data-charts-expected=\"").append(expectedCharts()).append("\">\n");
        header();
        totals();
        chartsSection();
        stages();
        cases();
        historySection();
        footer();
        out.append("<script type=\"application/json\" id=\"ramp-chart-data\">")
                .append(Html.jsonInScript(chartData())).append("</script>\n")
                .append("<script>\n").append(ChartJs.script()).append("\n</script>\n")
                .append("<script>\n").append(resource("report.js")).append("</script>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    // ---------------------------------------------------------------- header

    private void header() {
        RunSettings settings = run.settings();
        String status = run.status() == null ? "unknown" : run.status().id();
        out.append("<header>\n<h1>RAMP run <span class=\"mono\">").append(e(run.runId())).append("</span> ")
                .append(badge(status, status)).append("</h1>\n");
        if (settings != null) {
            out.append("<p class=\"lead\">").append(e(settings.model())).append(" · agent ").append(e(settings.agent()))
                    .append(" · mode ").append(e(settings.mode()));
            if (run.workload() != null) {
                out.append(" · workload ").append(e(run.workload().name())).append(' ').append(e(run.workload().version()));
            }
            out.append("</p>\n");
        }
        out.append("<dl class=\"facts\">\n");
        if (settings != null) {
            fact("model", e(settings.model()));
            fact("endpoint", e(settings.endpoint()));
            fact("agent", e(settings.agent()) + agentOptions(settings.agentOptions()));
            fact("mode", e(settings.mode()) + "<div class=\"hint\">" + e(modeHint(settings.mode())) + "</div>");
            if (!settings.runBudgets().isEmpty()) {
                fact("run budgets", e(budgets(settings.runBudgets())));
            }
        }
        fact("status", e(status));
        if (run.toolchain() != null) {
            fact("toolchain image", "<code>" + e(run.toolchain().image()) + "</code>");
            fact("clang", e(run.toolchain().clang()));
        }
        if (run.workload() != null) {
            fact("workload", e(run.workload().name()) + " " + e(run.workload().version()));
        }
        fact("started", e(Formats.time(run.startedAt())));
        fact("finished", run.finishedAt() != null ? e(Formats.time(run.finishedAt()))
                : "<span class=\"hint\">not yet</span>");
        out.append("</dl>\n");
        if (run.status() == RunStatus.RUNNING) {
            out.append("<p class=\"note warn\">This run is still running: ").append(stageCount())
                    .append(" known so far. The metrics appear when every stage is known; reload the page after "
                            + "the next stage.</p>\n");
        } else if (run.status() == RunStatus.INTERRUPTED) {
            out.append("<p class=\"note warn\">This run was interrupted after ").append(stageCount())
                    .append(". <code>ramp run --resume RUN_DIR</code> continues it at the first stage without a "
                            + "result.</p>\n");
        }
        out.append("</header>\n");
    }

    private String stageCount() {
        int known = run.stages().size();
        return known == 1 ? "1 stage" : known + " stages";
    }

    private void fact(String name, String valueHtml) {
        out.append("<div><dt>").append(e(name)).append("</dt><dd>").append(valueHtml).append("</dd></div>\n");
    }

    private static String agentOptions(Map<String, String> options) {
        if (options.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        options.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(option -> text
                .append(text.length() == 0 ? "" : ", ").append(option.getKey()).append(' ').append(option.getValue()));
        return " <span class=\"hint\">(" + e(text.toString()) + ")</span>";
    }

    private static String budgets(Map<String, Double> budgets) {
        StringBuilder text = new StringBuilder();
        budgets.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(budget -> text
                .append(text.length() == 0 ? "" : ", ").append(budget.getKey()).append(' ')
                .append(number(budget.getValue())));
        return text.toString();
    }

    private static String modeHint(String mode) {
        if (mode == null) {
            return "";
        }
        return switch (mode) {
            case "chain" -> "a stage reads the previous stage's outputs when it passed, golden ones when it failed";
            case "golden-inputs" -> "every stage reads golden inputs";
            case "strict" -> "no resurrection: the first failed stage ends the run";
            default -> "";
        };
    }

    // ---------------------------------------------------------------- totals

    private void totals() {
        RunMetrics metrics = run.metrics();
        Known known = known();
        out.append("<section id=\"totals\">\n<h2>Totals</h2>\n");
        if (metrics == null) {
            out.append("<p class=\"note\">No metrics yet: they are computed when every stage is known. Time, cost "
                    + "and tokens below are ").append(known.derived ? "summed from the stages known so far" : "so far")
                    .append(".</p>\n");
        }
        out.append("<div class=\"cards\">\n");
        card("headline", "pipeline score", metrics == null ? null : Formats.metric(metrics.pipelineScore()),
                "mean of the six stage scores");
        card("headline", "mean reward", metrics == null ? null : Formats.metric(metrics.meanReward()),
                "weighted 1, 2, 2, 3, 3, 4; ×1.2 after perfect stages");
        card("headline", "pass score", metrics == null ? null : Formats.metric(metrics.passScore()),
                "stages at 60 or more, ×1.5 after perfect ones");
        card("headline", "stage", metrics == null ? null : metrics.stage() + " / 5",
                "T1…Tk all at 100");
        card("headline", "AEI", metrics == null ? null : Formats.metric(metrics.aei()),
                "Agent Efficiency Index, mean of five components");
        card("headline", "strict end-to-end", metrics == null ? null : Formats.metric(metrics.strictScore()),
                "0 from the first stage below 100 among T0–T3");
        card("", "time", Formats.duration(known.seconds), known.seconds == null ? "" : Formats.count(
                Math.round(known.seconds)) + " s wall clock");
        card("", "cost", Formats.usd(known.usage.costUsd()), "");
        card("", "tokens (RAMP sum)", Formats.compact(known.usage.tokensRamp()),
                Formats.count(known.usage.tokensRamp()) + "; cached prompt tokens counted twice");
        card("", "tokens (corrected)", Formats.compact(known.usage.tokensCorrected()),
                Formats.count(known.usage.tokensCorrected()) + "; each token once");
        card("", "LLM calls", Formats.count(known.usage.calls()), "");
        card("", "stages passed", known.stagesPassed + " / " + run.stages().size(), "");
        card("", "model failures", Integer.toString(known.modelFailures),
                "the agent's: every class but infrastructure and configuration");
        card(known.infrastructureFailures > 0 ? "infra" : "", "infrastructure failures",
                Integer.toString(known.infrastructureFailures), "the harness's, container's or endpoint's");
        card(known.configurationFailures > 0 ? "infra" : "", "configuration failures",
                Integer.toString(known.configurationFailures), "the set-up's: an agent program that could not start");
        out.append("</div>\n");
        if (metrics != null && !metrics.strictStageScores().isEmpty()) {
            out.append("<p class=\"small\">Strict end-to-end view, per stage: ");
            List<Double> strict = metrics.strictStageScores();
            for (int i = 0; i < strict.size(); i++) {
                String id = i < run.stages().size() ? run.stages().get(i).id() : "T" + i;
                out.append(i == 0 ? "" : " · ").append(e(id)).append(' ').append(Formats.score(strict.get(i)));
            }
            out.append("</p>\n");
        }
        out.append("<div class=\"side-by-side\">\n");
        aeiComponents(metrics, known);
        usageTable(known.usage);
        out.append("</div>\n</section>\n");
    }

    private void card(String kind, String label, String value, String hint) {
        out.append("<div class=\"card ").append(kind).append("\"><div class=\"label\">").append(e(label))
                .append("</div><div class=\"value\">").append(e(value == null ? Formats.ABSENT : value))
                .append("</div>");
        if (!hint.isEmpty()) {
            out.append("<div class=\"hint\">").append(e(hint)).append("</div>");
        }
        out.append("</div>\n");
    }

    private void aeiComponents(RunMetrics metrics, Known known) {
        Map<String, Double> scales = run.settings() == null ? Map.of() : run.settings().aeiScales();
        double seconds = scales.getOrDefault("seconds", 20000.0);
        double dollars = scales.getOrDefault("dollars", 200.0);
        double tokens = scales.getOrDefault("tokens", 3e8);
        Map<String, String> meaning = new LinkedHashMap<>();
        meaning.put("stage", "stage / 5 × 100" + (metrics == null ? "" : ", stage " + metrics.stage()));
        meaning.put("meanReward", "mean reward");
        meaning.put("time", "(" + number(seconds) + " s − T) / " + number(seconds) + " s, T = "
                + Formats.duration(known.seconds));
        meaning.put("cost", "($" + number(dollars) + " − C) / $" + number(dollars) + ", C = "
                + Formats.usd(known.usage.costUsd()));
        meaning.put("tokens", "(" + Formats.compact(Math.round(tokens)) + " − K) / " + Formats.compact(Math.round(tokens))
                + ", K = " + Formats.compact(known.usage.tokensRamp()) + " (RAMP sum)");
        out.append("<div>\n<h3>AEI components</h3>\n<table>\n<thead><tr><th>component</th><th class=\"num\">score"
                + "</th><th>how</th></tr></thead>\n<tbody>\n");
        Map<String, Double> components = metrics == null ? Map.of() : metrics.aeiComponents();
        List<String> names = new ArrayList<>(meaning.keySet());
        components.keySet().stream().filter(name -> !meaning.containsKey(name)).sorted().forEach(names::add);
        for (String name : names) {
            out.append("<tr><td>").append(e(name)).append("</td><td class=\"num\">")
                    .append(e(Formats.metric(components.get(name)))).append("</td><td class=\"small\">")
                    .append(e(meaning.getOrDefault(name, ""))).append("</td></tr>\n");
        }
        out.append("<tr><th>AEI</th><th class=\"num\">").append(e(metrics == null ? Formats.ABSENT
                : Formats.metric(metrics.aei()))).append("</th><th class=\"small\">mean of the five, each clipped to "
                        + "0–100</th></tr>\n</tbody>\n</table>\n</div>\n");
    }

    private void usageTable(Usage usage) {
        out.append("<div>\n<h3>LLM usage</h3>\n<table>\n<tbody>\n");
        usageRow("calls", usage.calls(), "context-length errors", usage.contextLengthErrors());
        usageRow("prompt tokens (cached included)", usage.promptTokens(), "cached prompt tokens", usage.cachedTokens());
        usageRow("completion tokens", usage.completionTokens(), "reasoning tokens", usage.reasoningTokens());
        usageRow("cache-write tokens", usage.cacheWriteTokens(), "endpoint failures", usage.endpointFailures());
        usageRow("tokens, RAMP's sum", usage.tokensRamp(), "tokens, corrected", usage.tokensCorrected());
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private void usageRow(String name, long value, String otherName, long other) {
        out.append("<tr><td>").append(e(name)).append("</td><td class=\"num\">").append(Formats.count(value))
                .append("</td><td>").append(e(otherName)).append("</td><td class=\"num\">").append(Formats.count(other))
                .append("</td></tr>\n");
    }

    /** The run's totals, or what the stages known so far add up to while the run has none. */
    private record Known(boolean derived, Double seconds, Usage usage, int stagesPassed, int modelFailures,
            int infrastructureFailures, int configurationFailures) {
    }

    private Known known() {
        RunTotals totals = run.totals();
        if (totals != null) {
            return new Known(false, totals.seconds(), totals.usage() == null ? Usage.NONE : totals.usage(),
                    totals.stagesPassed(), totals.modelFailures(), totals.infrastructureFailures(),
                    totals.configurationFailures());
        }
        Usage usage = Usage.NONE;
        int passed = 0;
        int model = 0;
        int infrastructure = 0;
        int configuration = 0;
        for (StageResult stage : run.stages()) {
            usage = usage.plus(usage(stage));
            passed += stage.passed() ? 1 : 0;
            FailureClass failureClass = stage.failure() == null ? null : stage.failure().failureClass();
            if (failureClass == FailureClass.CONFIGURATION) {
                configuration++;
            } else if (failureClass == FailureClass.INFRASTRUCTURE) {
                infrastructure++;
            } else if (failureClass != null) {
                model++;
            }
        }
        Double seconds = Formats.secondsBetween(run.startedAt(), run.finishedAt());
        return new Known(true, seconds, usage, passed, model, infrastructure, configuration);
    }

    // ---------------------------------------------------------------- stages

    private void stages() {
        out.append("<section id=\"stages\">\n<h2>Stages</h2>\n");
        if (run.stages().isEmpty()) {
            out.append("<p class=\"note\">No stage has a result yet.</p>\n</section>\n");
            return;
        }
        out.append("<div class=\"table-wrap\">\n<table class=\"stages\">\n<thead><tr><th>stage</th><th>status</th>"
                + "<th class=\"num\">score</th><th>inputs</th><th>resurrected</th><th>failure</th>"
                + "<th>agent stopped</th><th class=\"num\">turns</th><th class=\"num\">time</th>"
                + "<th class=\"num\">calls</th><th class=\"num\">tokens RAMP</th><th class=\"num\">tokens corr.</th>"
                + "<th class=\"num\">cost</th></tr></thead>\n<tbody>\n");
        for (StageResult stage : run.stages()) {
            stageRow(stage);
        }
        out.append("</tbody>\n</table>\n</div>\n<p class=\"small\">Inputs: <span class=\"badge agent\">agent</span> "
                + "the stage read the agent's own outputs of the previous stage; "
                + "<span class=\"badge resurrection\">resurrection</span> reached by resurrection: golden inputs "
                + "because the previous stage failed; <span class=\"badge golden\">golden</span> golden inputs by "
                + "the run's mode. Resurrected: the stage failed and its golden artifacts were put in place for "
                + "the next stage. Time is the stage's wall clock (agent and grading).</p>\n</section>\n");
    }

    private void stageRow(StageResult stage) {
        String status = stage.status() == null ? "unknown" : stage.status().id();
        Usage usage = usage(stage);
        AgentPhase agent = stage.agent();
        out.append("<tr id=\"stage-").append(e(stage.id())).append("\"><td class=\"nowrap\"><b>").append(e(stage.id()))
                .append("</b> ").append(e(stage.name())).append("</td><td>").append(badge(status, status));
        GradePhase grade = stage.grade();
        if (grade != null && grade.build() != null && !grade.build().equals("ok") && !grade.build().equals("none")) {
            out.append("<div class=\"small\">build ").append(e(grade.build())).append("</div>");
        }
        out.append("</td><td class=\"num score-").append(e(status)).append("\">").append(Formats.score(stage.score()))
                .append("<div class=\"hint\">pass ≥ ").append(number(stage.passThreshold())).append("</div></td><td>")
                .append(inputs(stage.inputs())).append("</td><td>")
                .append(stage.resurrected() ? badge("resurrected", "yes") : "<span class=\"hint\">no</span>")
                .append("</td><td class=\"failure\">");
        failure(stage.failure(), grade);
        out.append("</td><td>").append(agent == null ? Formats.ABSENT : e(agent.stopReason()));
        if (agent != null && agent.toolErrors() > 0) {
            out.append("<div class=\"hint\">").append(agent.toolErrors()).append(" tool errors in ")
                    .append(agent.toolCalls()).append(" calls</div>");
        }
        if (agent != null && agent.output() != null) {
            programOutput(agent.output());
        }
        out.append("</td><td class=\"num\">").append(agent == null ? Formats.ABSENT : Integer.toString(agent.turns()))
                .append("</td><td class=\"num\">").append(e(Formats.duration(stageSeconds(stage))))
                .append("</td><td class=\"num\">").append(Formats.count(usage.calls()))
                .append("</td><td class=\"num\" title=\"").append(Formats.count(usage.tokensRamp())).append("\">")
                .append(Formats.compact(usage.tokensRamp()))
                .append("</td><td class=\"num\" title=\"").append(Formats.count(usage.tokensCorrected())).append("\">")
                .append(Formats.compact(usage.tokensCorrected()))
                .append("</td><td class=\"num\">").append(e(Formats.usd(usage.costUsd()))).append("</td></tr>\n");
    }

    /** The end of what an agent program printed, as the stage result keeps it; the files hold more. */
    private void programOutput(ProgramOutput output) {
        out.append("<details class=\"program-output\"><summary class=\"small\">program output</summary>");
        stream("stderr", output.stderrFile(), output.stderrBytes(), output.stderrTail());
        stream("stdout", output.stdoutFile(), output.stdoutBytes(), output.stdoutTail());
        if (output.truncated()) {
            out.append("<div class=\"hint\">the middle of a long stream was left out of its file</div>");
        }
        out.append("</details>");
    }

    private void stream(String name, String file, long bytes, String tail) {
        out.append("<div class=\"small\">").append(e(name)).append(" · ").append(Formats.count(bytes))
                .append(" bytes · <span class=\"mono\">").append(e(file)).append("</span></div>");
        if (tail != null && !tail.isBlank()) {
            out.append("<pre class=\"log\">").append(e(clip(tail))).append("</pre>");
        }
    }

    private static String inputs(InputSource inputs) {
        if (inputs == null) {
            return Formats.ABSENT;
        }
        return switch (inputs) {
            case RESURRECTION -> "<span class=\"badge resurrection\" title=\"golden inputs because the previous "
                    + "stage failed\">resurrection</span><div class=\"hint\">reached by resurrection</div>";
            case AGENT -> badge("agent", "agent");
            case GOLDEN -> badge("golden", "golden");
            case NONE -> badge("none", "none");
        };
    }

    private void failure(Failure failure, GradePhase grade) {
        if (failure == null) {
            out.append("<span class=\"hint\">").append(Formats.ABSENT).append("</span>");
            return;
        }
        FailureClass failureClass = failure.failureClass();
        if (failureClass != null) {
            out.append("<b>").append(e(failureClass.id())).append("</b>")
                    .append(failureClass.isModelFailure() ? "" : " <span class=\"hint\">(not the model's)</span>");
        }
        if (!failure.evidence().isEmpty()) {
            out.append("<ul class=\"evidence\">");
            for (String evidence : failure.evidence()) {
                out.append("<li>").append(e(clip(evidence))).append("</li>");
            }
            out.append("</ul>");
        }
        if (grade != null && grade.buildLog() != null && !grade.buildLog().isBlank()) {
            out.append("<details><summary class=\"small\">build log</summary><pre class=\"log\">")
                    .append(e(clip(grade.buildLog()))).append("</pre></details>");
        }
    }

    // ---------------------------------------------------------------- cases

    private void cases() {
        if (run.stages().isEmpty()) {
            return;
        }
        out.append("<section id=\"cases\">\n<h2>Cases</h2>\n<p class=\"small\">Each stage's graded cases (test "
                + "programs; T0's checks), lowest score first. Click a stage to open its list.</p>\n");
        for (StageResult stage : run.stages()) {
            List<CaseResult> cases = new ArrayList<>(stage.cases());
            cases.sort(Comparator.comparingDouble(CaseResult::score).thenComparing(CaseResult::name,
                    Comparator.nullsLast(Comparator.naturalOrder())));
            long full = cases.stream().filter(c -> c.score() >= 100).count();
            long zero = cases.stream().filter(c -> c.score() <= 0).count();
            long hidden = cases.stream().filter(c -> "hidden".equals(c.visibility())).count();
            out.append("<details class=\"cases\" id=\"cases-").append(e(stage.id())).append("\"><summary><b>")
                    .append(e(stage.id())).append("</b> ").append(e(stage.name())).append(" · ")
                    .append(cases.size()).append(cases.size() == 1 ? " case" : " cases").append(": ")
                    .append(full).append(" at 100, ").append(zero).append(" at 0, ")
                    .append(cases.size() - full - zero).append(" between · ")
                    .append(cases.size() - hidden).append(" public, ").append(hidden).append(" hidden · score ")
                    .append(Formats.score(stage.score())).append("</summary>\n");
            if (cases.isEmpty()) {
                out.append("<p class=\"small\">&nbsp;No cases were graded.</p>\n</details>\n");
                continue;
            }
            out.append("<table>\n<thead><tr><th>case</th><th>visibility</th><th class=\"num\">score</th>"
                    + "<th>reason</th><th class=\"num\">time</th></tr></thead>\n<tbody>\n");
            for (CaseResult c : cases) {
                String kind = c.score() >= stage.passThreshold() ? "passed" : "failed";
                out.append("<tr><td class=\"mono\">").append(e(c.name())).append("</td><td>")
                        .append(badge(c.visibility(), c.visibility())).append("</td><td class=\"num score-")
                        .append(kind).append("\">").append(Formats.score(c.score())).append("</td><td class=\"reason\">")
                        .append(e(clip(c.reason()))).append("</td><td class=\"num\">")
                        .append(Formats.decimals(c.seconds(), 2)).append(" s</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</details>\n");
        }
        out.append("</section>\n");
    }

    // ---------------------------------------------------------------- charts

    private void chartsSection() {
        out.append("<section id=\"charts\">\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        if (run.stages().isEmpty()) {
            out.append("<p class=\"note\">The cost-versus-reward chart appears with the first stage's result.</p>\n");
        } else {
            out.append("<div class=\"chart wide\">\n<h3>Cost versus reward</h3>\n<div class=\"canvas-box\">"
                    + "<canvas id=\"chart-cost-reward\" role=\"img\" aria-label=\"stage score against cumulative "
                    + "cost\"></canvas></div>\n<p class=\"small\">Each point is a stage: its score against the run's "
                    + "cost up to the end of that stage. Green passed, red failed, grey not reached; a diamond was "
                    + "reached by resurrection; the dashed line is the pass mark.");
            if (run.stages().stream().allMatch(stage -> usage(stage).costUsd() == 0)) {
                out.append(" No LLM cost was recorded, so every point sits at $0.");
            }
            out.append("</p>\n</div>\n");
        }
        if (hasTrend()) {
            trendChart("chart-trend-reward", "Mean reward per run");
            trendChart("chart-trend-cost", "Cost per run");
            trendChart("chart-trend-aei", "AEI per run");
        }
        out.append("</div>\n</section>\n");
    }

    private void trendChart(String id, String title) {
        out.append("<div class=\"chart\">\n<h3>").append(e(title)).append("</h3>\n<div class=\"canvas-box\"><canvas id=\"")
                .append(id).append("\" role=\"img\" aria-label=\"").append(e(title)).append("\"></canvas></div>\n")
                .append("<p class=\"small\">Runs by start time (UTC); the larger orange point is this run.</p>\n</div>\n");
    }

    private void historySection() {
        out.append("<section id=\"history\">\n<h2>Runs compared</h2>\n");
        if (!hasTrend()) {
            out.append("<p class=\"note\">No earlier runs were given, so there are no trend charts "
                    + "(<code>ramp report RUN_DIR --history DIR</code>).</p>\n");
        } else {
            out.append("<div class=\"table-wrap\">\n<table class=\"runs\">\n<thead><tr><th>run</th><th>started</th>"
                    + "<th>model</th><th>agent</th><th>mode</th><th>status</th><th class=\"num\">pipeline</th>"
                    + "<th class=\"num\">mean reward</th><th class=\"num\">AEI</th><th class=\"num\">cost</th>"
                    + "<th class=\"num\">time</th></tr></thead>\n<tbody>\n");
            for (RunResult other : runs) {
                boolean current = other == run;
                RunMetrics metrics = other.metrics();
                RunSettings settings = other.settings();
                out.append(current ? "<tr class=\"current\">" : "<tr>").append("<td class=\"mono\">")
                        .append(e(other.runId())).append(current ? " <b>(this run)</b>" : "").append("</td><td class=\"nowrap\">")
                        .append(e(Formats.time(other.startedAt()))).append("</td><td>")
                        .append(e(settings == null ? null : settings.model())).append("</td><td>")
                        .append(e(settings == null ? null : settings.agent())).append("</td><td>")
                        .append(e(settings == null ? null : settings.mode())).append("</td><td>")
                        .append(other.status() == null ? "" : badge(other.status().id(), other.status().id()))
                        .append("</td><td class=\"num\">").append(metrics == null ? Formats.ABSENT
                                : Formats.metric(metrics.pipelineScore()))
                        .append("</td><td class=\"num\">").append(metrics == null ? Formats.ABSENT
                                : Formats.metric(metrics.meanReward()))
                        .append("</td><td class=\"num\">").append(metrics == null ? Formats.ABSENT
                                : Formats.metric(metrics.aei()))
                        .append("</td><td class=\"num\">").append(e(Formats.usd(cost(other))))
                        .append("</td><td class=\"num\">").append(e(Formats.duration(other.totals() == null ? null
                                : other.totals().seconds()))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</div>\n");
        }
        if (!skipped.isEmpty()) {
            out.append("<p class=\"note warn\">").append(skipped.size())
                    .append(skipped.size() == 1 ? " earlier run was" : " earlier runs were")
                    .append(" skipped because their run.json could not be read:</p>\n<ul class=\"skipped small\">\n");
            for (String note : skipped) {
                out.append("<li>").append(e(clip(note))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    /** What the page's script draws; serialised as JSON into a data block. */
    record ChartData(CostReward costReward, List<TrendRun> trend) {
    }

    record CostReward(List<Point> points, Double passThreshold) {
    }

    record Point(String stage, String name, double cost, double score, String status, String inputs) {
    }

    record TrendRun(String runId, String label, String model, String status, Double meanReward, Double costUsd,
            Double aei, boolean current) {
    }

    private String chartData() {
        List<Point> points = new ArrayList<>();
        double cumulative = 0;
        for (StageResult stage : run.stages()) {
            cumulative += usage(stage).costUsd();
            points.add(new Point(stage.id(), stage.name(), round(cumulative), stage.score(),
                    stage.status() == null ? null : stage.status().id(),
                    stage.inputs() == null ? null : stage.inputs().id()));
        }
        // one pass mark line only when every stage has the same threshold (RAMP's 60)
        List<Double> thresholds = run.stages().stream().map(StageResult::passThreshold).distinct().toList();
        CostReward costReward = new CostReward(points, thresholds.size() == 1 ? thresholds.get(0) : null);
        List<TrendRun> trend = null;
        if (hasTrend()) {
            trend = new ArrayList<>();
            for (RunResult other : runs) {
                RunMetrics metrics = other.metrics();
                trend.add(new TrendRun(other.runId(), Formats.shortTime(other.startedAt()),
                        other.settings() == null ? null : other.settings().model(),
                        other.status() == null ? null : other.status().id(),
                        metrics == null ? null : metrics.meanReward(), cost(other),
                        metrics == null ? null : metrics.aei(), other == run));
            }
        }
        try {
            return JSON.writeValueAsString(new ChartData(costReward, trend));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the chart data", e);
        }
    }

    private void footer() {
        out.append("<footer>Written by the RAMP engine from run.json (schema ").append(e(run.schema()))
                .append("). Self-contained: Chart.js ").append(e(ChartJs.version()))
                .append(" (MIT licence) is included, so the page needs no network.</footer>\n");
    }

    // ---------------------------------------------------------------- helpers

    static Usage usage(StageResult stage) {
        return stage.usage() == null ? Usage.NONE : stage.usage();
    }

    /** A stage's wall clock, or its agent and grading time when it has no start or end. */
    static Double stageSeconds(StageResult stage) {
        Double wall = Formats.secondsBetween(stage.startedAt(), stage.finishedAt());
        if (wall != null) {
            return wall;
        }
        if (stage.agent() == null && stage.grade() == null) {
            return null;
        }
        return (stage.agent() == null ? 0 : stage.agent().seconds()) + (stage.grade() == null ? 0 : stage.grade().seconds());
    }

    /** A run's cost: its totals, or the sum over its stages while it has none. */
    static Double cost(RunResult run) {
        if (run.totals() != null && run.totals().usage() != null) {
            return run.totals().usage().costUsd();
        }
        return run.stages().isEmpty() ? null : run.stages().stream().mapToDouble(stage -> usage(stage).costUsd()).sum();
    }

    private static String badge(String kind, String text) {
        if (text == null) {
            return "";
        }
        return "<span class=\"badge " + e(kind == null ? "" : kind.toLowerCase(Locale.ROOT)) + "\">" + e(text) + "</span>";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Formats.count((long) value) : Formats.decimals(value, 2);
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private static String clip(String text) {
        return text == null ? "" : Text.clip(text, MAX_TEXT);
    }

    private static String e(String text) {
        return Html.escape(text);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + HtmlReport.class.getName());
            }
            return ChartJs.inline(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
