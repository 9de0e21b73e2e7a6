package org.ramp.grading.ast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerOutcome;

class AstGraderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** int main() { return 1 + 2; }, as clang prints it, with a runtime prototype and an implicit typedef. */
    private static final String CLANG = """
            {"id": "0x1", "kind": "TranslationUnitDecl", "loc": {}, "range": {}, "inner": [
              {"id": "0x2", "kind": "TypedefDecl", "isImplicit": true, "name": "__int128_t",
               "type": {"qualType": "__int128"}},
              {"id": "0x3", "kind": "FunctionDecl", "name": "getint", "type": {"qualType": "int (void)"},
               "loc": {"file": "./sylib.h"}},
              {"id": "0x4", "kind": "FunctionDecl", "name": "main", "mangledName": "main", "isUsed": true,
               "type": {"qualType": "int ()"}, "inner": [
                {"id": "0x5", "kind": "CompoundStmt", "range": {"begin": {}}, "inner": [
                  {"id": "0x6", "kind": "ReturnStmt", "inner": [
                    {"id": "0x7", "kind": "BinaryOperator", "opcode": "+", "valueCategory": "prvalue",
                     "type": {"qualType": "int", "desugaredQualType": "int"}, "inner": [
                      {"id": "0x8", "kind": "IntegerLiteral", "value": "1", "type": {"qualType": "int"}},
                      {"id": "0x9", "kind": "IntegerLiteral", "value": "2", "type": {"qualType": "int"}}
                    ]}
                  ]}
                ]}
              ]}
            ]}
            """;

    @TempDir
    Path dir;

    private final AstGrader grader = new AstGrader(0.6, 0.4, "expected.json", 32 << 20);

    @Test
    void normalisationKeepsTheGradedKeysAndDropsHeaderAndImplicitDeclarations() throws IOException {
        JsonNode normalised = AstNormaliser.normalise(JSON.readTree(CLANG));
        assertThat(normalised.toString()).isEqualTo("{\"kind\":\"TranslationUnitDecl\",\"inner\":[{\"kind\":"
                + "\"FunctionDecl\",\"name\":\"main\",\"type\":{\"qualType\":\"int ()\"},\"inner\":[{\"kind\":"
                + "\"CompoundStmt\",\"inner\":[{\"kind\":\"ReturnStmt\",\"inner\":[{\"kind\":\"BinaryOperator\","
                + "\"opcode\":\"+\",\"type\":{\"qualType\":\"int\"},\"inner\":[{\"kind\":\"IntegerLiteral\","
                + "\"value\":\"1\",\"type\":{\"qualType\":\"int\"}},{\"kind\":\"IntegerLiteral\",\"value\":\"2\","
                + "\"type\":{\"qualType\":\"int\"}}]}]}]}]}]}");
        assertThat(AstNormaliser.normalise(normalised)).isEqualTo(normalised);
    }

    @Test
    void theSameTreeScoresExactly100WhateverItsExtraKeysAndLayout() throws IOException {
        String compact = AstNormaliser.normalise(JSON.readTree(CLANG)).toString();
        assertThat(grade(compact).score()).isEqualTo(100.0);
        assertThat(grade(CLANG).score()).isEqualTo(100.0);
    }

    @Test
    void aWrongTypeCostsFourTenthsOfOneNode() throws IOException {
        CaseScore score = grade(CLANG.replace("\"value\": \"2\", \"type\": {\"qualType\": \"int\"}",
                "\"value\": \"2\", \"type\": {\"qualType\": \"float\"}"));
        // 7 nodes: root, main, compound, return, +, 1, 2
        assertThat(score.score()).isCloseTo(100 * (7 * 0.6 + 6 * 0.4) / 7, offset(1e-9));
        assertThat(score.reason()).contains("IntegerLiteral 2 : int: type differs; got IntegerLiteral 2 : float");
    }

    @Test
    void aChangedConstantCostsSixTenthsOfOneNode() throws IOException {
        CaseScore score = grade(CLANG.replace("\"value\": \"1\"", "\"value\": \"7\""));
        assertThat(score.score()).isCloseTo(100 * (6 * 0.6 + 7 * 0.4) / 7, offset(1e-9));
        assertThat(score.reason()).contains("kind, name or value differs");
    }

    @Test
    void aMissingNodeCountsAgainstTheExpectedTreeAndKeepsSiblingsAligned() throws IOException {
        String missing = CLANG.replace(
                "{\"id\": \"0x8\", \"kind\": \"IntegerLiteral\", \"value\": \"1\", \"type\": {\"qualType\": \"int\"}},", "");
        CaseScore score = grade(missing);
        assertThat(score.score()).isCloseTo(100.0 * 6 / 7, offset(1e-9));
        assertThat(score.reason()).contains("child 1 IntegerLiteral 1 : int is missing");
    }

    @Test
    void anExtraNodeCostsAsMuchAsAMissingOne() throws IOException {
        String extra = CLANG.replace("{\"id\": \"0x6\", \"kind\": \"ReturnStmt\"",
                "{\"kind\": \"NullStmt\"}, {\"id\": \"0x6\", \"kind\": \"ReturnStmt\"");
        CaseScore score = grade(extra);
        assertThat(score.score()).isCloseTo(100.0 * 7 / 8, offset(1e-9));
        assertThat(score.reason()).contains("extra child 1 NullStmt");
    }

    @Test
    void arrayFillerIsComparedAfterInner() throws IOException {
        String expected = "{\"kind\":\"InitListExpr\",\"array_filler\":[{\"kind\":\"ImplicitValueInitExpr\"},"
                + "{\"kind\":\"IntegerLiteral\",\"value\":\"1\"}]}";
        Files.writeString(dir.resolve("expected.json"), expected);
        Files.writeString(dir.resolve("candidate.json"), expected.replace("array_filler", "inner"));
        assertThat(grader.score(gradeCase(), empty()).score()).isEqualTo(100.0);
    }

    @Test
    void invalidJsonScoresZeroWithItsPosition() throws IOException {
        CaseScore score = grade("{\"kind\": \"TranslationUnitDecl\",\n \"inner\": [");
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("not valid JSON at line 2");
    }

    @Test
    void emptyAndNonObjectOutputsScoreZero() throws IOException {
        assertThat(grade("").reason()).contains("not a JSON object");
        assertThat(grade("[1, 2]").reason()).contains("not a JSON object");
    }

    @Test
    void binaryGarbageScoresZero() throws IOException {
        byte[] garbage = new byte[5000];
        new java.util.Random(3).nextBytes(garbage);
        Files.writeString(dir.resolve("expected.json"), CLANG);
        Files.write(dir.resolve("candidate.json"), garbage);
        assertThat(grader.score(gradeCase(), empty()).score()).isZero();
    }

    @Test
    void nestingBeyondTheParserLimitScoresZeroInsteadOfOverflowing() throws IOException {
        String deep = "{\"kind\":\"X\",\"inner\":[".repeat(5000) + "]}".repeat(5000);
        CaseScore score = grade(deep);
        assertThat(score.score()).isZero();
        assertThat(score.reason()).contains("not valid JSON").contains("nesting depth");
    }

    @Test
    void aTreeAtTheDepthLimitIsGradedWithoutOverflowingTheStack() throws IOException {
        int levels = AstJson.MAX_DEPTH / 2 - 1;
        String deep = "{\"kind\":\"ParenExpr\",\"inner\":[".repeat(levels) + "{\"kind\":\"IntegerLiteral\"}"
                + "]}".repeat(levels);
        Files.writeString(dir.resolve("expected.json"), deep);
        Files.writeString(dir.resolve("candidate.json"), AstJson.print(AstJson.read(deep.getBytes(StandardCharsets.UTF_8))));
        assertThat(grader.score(gradeCase(), empty()).score()).isEqualTo(100.0);
    }

    @Test
    void printingPutsOneNodeOnALine() throws IOException {
        String printed = AstJson.print(AstNormaliser.normalise(JSON.readTree(CLANG)));
        assertThat(printed.lines()).hasSize(7);
        assertThat(printed.lines().findFirst().orElseThrow()).isEqualTo("{\"kind\":\"TranslationUnitDecl\",\"inner\":[");
    }

    @Test
    void tenMegabytesOfTextFailOnTheBound() throws IOException {
        AstGrader small = new AstGrader(0.6, 0.4, "expected.json", 8 << 20);
        Files.writeString(dir.resolve("expected.json"), CLANG);
        Files.write(dir.resolve("candidate.json"), " ".repeat(10 << 20).getBytes(StandardCharsets.UTF_8));
        assertThat(small.score(gradeCase(), empty()).reason()).startsWith("output is 10485760 bytes, over the limit");
    }

    private CaseScore grade(String candidate) throws IOException {
        Files.writeString(dir.resolve("expected.json"), CLANG);
        Files.writeString(dir.resolve("candidate.json"), candidate);
        return grader.score(gradeCase(), empty());
    }

    private GradeCase gradeCase() {
        return new GradeCase("T2.a.x", "a", dir, "/c", "candidate.json", Optional.empty(), dir, Optional.empty());
    }

    private static BatchResult empty() {
        return new BatchResult(Map.of(), new ContainerOutcome(0, false, "", 0));
    }
}
