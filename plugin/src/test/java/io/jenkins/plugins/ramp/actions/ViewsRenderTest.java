package io.jenkins.plugins.ramp.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.ramp.archive.RunFiles;
import io.jenkins.plugins.ramp.views.JellyRenderer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Every result page rendered (JEXL 1.1, escape-by-default, as Jenkins renders Jelly) with hostile text from the
 * model's name, failure evidence, gate messages, notes and transcripts: the text arrives as text (escaped, terminal
 * escapes and bidi overrides made visible), never as markup, a script, an event handler or a link target.
 */
class ViewsRenderTest {
    @TempDir
    Path build;
    PageFixture fixture;
    final JellyRenderer renderer = new JellyRenderer();

    @BeforeEach
    void fixture() throws Exception {
        fixture = new PageFixture(build);
    }

    @Test
    void theBuildPageShowsTheLeaderboardAndGatesAsText() throws Exception {
        String html = renderer.render(fixture.action, "index.jelly");
        Document page = safe(html);
        String text = page.getDocumentElement().getTextContent();
        assertThat(text).contains("Leaderboard", "gpt-4o", "69.25", "$2.410", "Quality gates: unstable",
                "(against build #3)", "AEI change from the reference >= -2.00", "-2.75");
        assertThat(text).contains("<script>alert('x')</script>").contains("\\x1b[31m").contains("\\u202e");
        assertThat(html).contains("href=\"run/gpt-4o/\"", "href=\"run/qwen/\"", "href=\"comparison/reference/\"");
    }

    @Test
    void theRunPageShowsStagesEvidenceTotalsGatesTranscriptsAndDownloads() throws Exception {
        String html = renderer.render(fixture.runPage(), "index.jelly");
        String text = safe(html).getDocumentElement().getTextContent();
        assertThat(text).contains("RAMP run gpt-4o", "AEI", "69.25", "stage component", "T2 parser", "41.00",
                "reasoning", "turn budget ran out", "on the agent's outputs", "yes", "150.0 s", "Totals", "AEI fell");
        assertThat(text).contains("<img src=x onerror=alert(1)>");
        assertThat(html).contains("href=\"transcript/T1/\"", "href=\"download/run.json\"",
                "href=\"download/transcripts/T1.jsonl\"").doesNotContain("download/report.html");
    }

    @Test
    void theTranscriptPageShowsWhatEachCallAddedAndTheAnswer() throws Exception {
        TranscriptPage transcript = fixture.runPage().getTranscript("T1");
        String html = renderer.render(transcript, "index.jelly");
        String text = safe(html).getDocumentElement().getTextContent();
        assertThat(text).contains("T1 of RAMP run gpt-4o: 2 model calls", "Call 1", "Call 2",
                "tool call run_shell", "echo '</script><script>x()</script>'", "2 earlier messages repeated",
                "tool (call_1)", "Done.", "line 3 is not JSON; left out");
        // the second call repeats the system prompt, the task and the first answer: they are not shown again
        assertThat(text.indexOf("Write the lexer.")).isEqualTo(text.lastIndexOf("Write the lexer."));
    }

    @Test
    void theComparisonPageShowsStagesAndMetricsAgainstTheOtherBuild() throws Exception {
        RampBuildAction other = new RampBuildAction();
        other.record(RecordedRun.of(fixture.qwenSummary.withName("gpt-4o"), java.util.List.of(), java.util.List.of()));
        String html = renderer.render(new ComparisonPage(fixture.action, other, "#3"), "index.jelly");
        String text = safe(html).getDocumentElement().getTextContent();
        assertThat(text).contains("this build against build #3", "T2 parser", "10.00", "41.00", "+31.00", "AEI",
                "+13.75", "Build #3 has no run of this name.");
        assertThat(html).contains("class=\"ramp-better\"");
        String none = renderer.render(new ComparisonPage(fixture.action, null, null), "index.jelly");
        assertThat(safe(none).getDocumentElement().getTextContent()).contains("There is no reference build");
    }

    @Test
    void keptFilesAreTheOnlyDownloads() throws Exception {
        assertThat(fixture.runPage().getFiles()).allMatch(RunFiles::kept);
        assertThat(fixture.runPage().getTranscript("../T1")).isNull();
        assertThat(fixture.runPage().getTranscript("T4")).isNull();
    }

    /** The page parses as markup with no script, image, frame, event handler, style or javascript: link in it. */
    static Document safe(String html) throws Exception {
        assertThat(html).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("<script")
                .doesNotContain("<img");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document page = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<page>" + html + "</page>").getBytes(StandardCharsets.UTF_8)));
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertThat(e.getTagName()).isNotIn("script", "img", "iframe", "style", "object", "embed");
            NamedNodeMap attributes = e.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                String name = attributes.item(j).getNodeName();
                String value = attributes.item(j).getNodeValue();
                assertThat(name).doesNotStartWith("on").isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(value).doesNotContainIgnoringCase("javascript:").doesNotContain("<");
                }
            }
        }
        return page;
    }
}
