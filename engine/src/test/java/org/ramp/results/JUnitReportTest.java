package org.ramp.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class JUnitReportTest {

    private static StageResult stage(String id, List<CaseResult> cases, Failure failure) {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        return new StageResult(id, "lexer", failure == null ? StageStatus.PASSED : StageStatus.FAILED, 50, 60,
                InputSource.AGENT, failure != null, failure, new AgentPhase("builtin", 1, 1, 1, 0, "finished"),
                new GradePhase(2.5, "ok", ""), Usage.NONE, cases, now, now);
    }

    @Test
    void aSuiteAStageACaseAProgramAndFailuresBelow100() throws Exception {
        RunSettings settings = new RunSettings("m<odel>", "", "noop", Map.of(), "chain", Map.of(), Map.of(), Map.of(),
                List.of(), Map.of(), 100, "");
        RunResult run = new RunResult(RunResult.SCHEMA, "r1", RunStatus.COMPLETED, Instant.now(), Instant.now(), settings,
                new RunResult.Toolchain("i", "id", "clang"), new RunResult.Workload("w", "1"), List.of(
                        stage("T1", List.of(new CaseResult("a", "public", 100, "ok", 0.1),
                                new CaseResult("b", "hidden", 0, "token 3: got \u0001\u0007 <x> & \"y\"\u0000", 0.2)),
                                new Failure(FailureClass.PLANNING, List.of("e"))),
                        stage("T2", List.of(), new Failure(FailureClass.CONFIGURATION, List.of("x: command not found"))),
                        stage("T3", List.of(), new Failure(FailureClass.INFRASTRUCTURE, List.of("died")))),
                null, null);
        String xml = JUnitReport.render(run);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
        assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("failure").getLength()).isEqualTo(1);
        String failure = document.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message")
                .getNodeValue();
        assertThat(failure).isEqualTo("score 0.00: token 3: got  <x> & \"y\"");
        assertThat(xml).contains("<property name=\"failureClass\" value=\"planning\"")
                .contains("<property name=\"failureCountedAs\" value=\"model\"")
                .contains("<property name=\"failureClass\" value=\"configuration\"")
                .contains("<property name=\"failureCountedAs\" value=\"configuration\"")
                .contains("<property name=\"failureCountedAs\" value=\"infrastructure\"")
                .contains("value=\"m&lt;odel&gt;\"");
    }
}
