package org.ramp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.results.RunResult;
import org.ramp.util.FileTrees;

/**
 * report.html in a real browser: headless Chromium opens the file with every network feature off, and
 * the page's script must report each chart drawn. Needs Debian's {@code chromium} package; without it
 * the test fails (it never skips), saying so.
 */
class HtmlReportChromiumIT {
    private static final Pattern RENDERED = Pattern.compile("data-charts-rendered=\"(\\d+)\"");
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void everyChartOfAFullReportWithHistoryRenders() throws Exception {
        Path report = writeRealisticReport(dir);
        String dom = dumpDom(report);
        assertThat(dom).contains("data-charts-expected=\"4\"");
        assertThat(rendered(dom)).isEqualTo(4);
    }

    @Test
    void aRunningRunWithoutHistoryRendersItsOneChart() throws Exception {
        Path runDir = dir.resolve("running");
        RunResultFixtures.write(runDir, RunResultFixtures.running());
        assertThat(rendered(dumpDom(HtmlReport.write(runDir, null)))).isEqualTo(1);
    }

    @Test
    void hostileTextStaysTextAndTheChartsStillRender() throws Exception {
        Path runs = dir.resolve("runs");
        for (RunResult earlier : RunResultFixtures.history()) {
            RunResultFixtures.write(runs.resolve(earlier.runId()), earlier);
        }
        Path runDir = dir.resolve("hostile");
        RunResultFixtures.write(runDir, RunResultFixtures.hostile());
        String dom = dumpDom(HtmlReport.write(runDir, runs));
        assertThat(rendered(dom)).isEqualTo(4);
        // an injected element would be serialised as markup; the text shows up escaped instead
        assertThat(dom).doesNotContain("onerror=\"").doesNotContain("<img").contains("&lt;script&gt;alert(1)");
        assertThat(Pattern.compile("<script>alert").matcher(dom).find()).isFalse();
    }

    /** A realistic report (six stages, five earlier runs) as a person sees it, for looking at. */
    @Test
    void screenshot() throws Exception {
        Path report = writeRealisticReport(dir);
        Path png = Path.of(System.getProperty("ramp.screenshot", "target/ramp-report.png")).toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        chromium(report, "--screenshot=" + png, "--window-size=1400,2200", "--hide-scrollbars");
        assertThat(png).exists();
        assertThat(Files.size(png)).as("a PNG with content").isGreaterThan(20_000);
    }

    static Path writeRealisticReport(Path dir) throws IOException, RunFileException {
        Path runs = dir.resolve("runs");
        for (RunResult earlier : RunResultFixtures.history()) {
            RunResultFixtures.write(runs.resolve(earlier.runId()), earlier);
        }
        RunResult run = RunResultFixtures.realistic();
        Path runDir = runs.resolve(run.runId());
        RunResultFixtures.write(runDir, run);
        return HtmlReport.write(runDir, runs);
    }

    private static int rendered(String dom) {
        Matcher matcher = RENDERED.matcher(dom);
        assertThat(matcher.find()).as("the page's script set data-charts-rendered on <body>; DOM starts: %s",
                dom.substring(0, Math.min(400, dom.length()))).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private String dumpDom(Path report) throws Exception {
        return chromium(report, "--dump-dom");
    }

    /** Runs headless Chromium on the file with a fresh profile; returns what it printed on standard output. */
    private String chromium(Path report, String... extra) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path stdout = dir.resolve("chromium.out");
        Path stderr = dir.resolve("chromium.err");
        List<String> command = new ArrayList<>(List.of(chromiumBinary(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--virtual-time-budget=5000"));
        command.addAll(List.of(extra));
        command.add(report.toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
            assertThat(process.exitValue()).as("chromium's exit status; its standard error:%n%s",
                    Files.readString(stderr)).isZero();
            return Files.readString(stdout);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            FileTrees.delete(profile);
        }
    }

    private static String chromiumBinary() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return fail("chromium is not installed (not on PATH): this test renders report.html in headless Chromium. "
                + "Install Debian's package as root: apt-get install -y chromium");
    }
}
