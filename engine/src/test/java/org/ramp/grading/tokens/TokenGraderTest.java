package org.ramp.grading.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerOutcome;

class TokenGraderTest {
    private static final String DUMP = """
            int 'int'\t [StartOfLine]\tLoc=<a.sy:1:1>
            identifier 'main'\t [LeadingSpace]\tLoc=<a.sy:1:5>
            l_paren '('\t\tLoc=<a.sy:1:9>
            r_paren ')'\t\tLoc=<a.sy:1:10>
            l_brace '{'\t [LeadingSpace]\tLoc=<a.sy:1:12>
            return 'return'\t [StartOfLine] [LeadingSpace]\tLoc=<a.sy:2:3>
            numeric_constant '0'\t [LeadingSpace]\tLoc=<a.sy:2:10>
            semi ';'\t\tLoc=<a.sy:2:11>
            r_brace '}'\t [StartOfLine]\tLoc=<a.sy:3:1>
            eof ''\t\tLoc=<a.sy:3:2>
            """;

    @TempDir
    Path dir;

    private final TokenGrader grader = new TokenGrader(0.6, 0.3, 0.1, "expected.txt", 8 << 20);

    @Test
    void anIdenticalListingScoresExactly100() throws IOException {
        assertThat(grade(DUMP).score()).isEqualTo(100.0);
    }

    @Test
    void aWrongLocationCostsThreeTenthsOfOneToken() throws IOException {
        CaseScore score = grade(DUMP.replace("a.sy:2:10", "a.sy:2:11"));
        assertThat(score.score()).isCloseTo(100 * (10 - 0.3) / 10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score.reason()).startsWith("token 7 (line 7): location differs")
                .contains("expected numeric_constant '0' [LeadingSpace] at a.sy:2:10")
                .contains("at a.sy:2:11");
    }

    @Test
    void wrongFlagsCostOneTenthOfOneToken() throws IOException {
        CaseScore score = grade(DUMP.replace("r_paren ')'\t\t", "r_paren ')'\t [LeadingSpace]\t"));
        assertThat(score.score()).isCloseTo(99.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score.reason()).contains("flags differ");
    }

    @Test
    void aWrongSpellingCostsSixTenths() throws IOException {
        CaseScore score = grade(DUMP.replace("'main'", "'mian'"));
        assertThat(score.score()).isCloseTo(94.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score.reason()).contains("token 2").contains("kind or spelling differs");
    }

    @Test
    void aDifferentTokenCountScoresZeroAndNamesTheFirstDifference() throws IOException {
        CaseScore score = grade(DUMP.replace("semi ';'\t\tLoc=<a.sy:2:11>\n", ""));
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("9 tokens, expected 10; first difference at token 8");
    }

    @Test
    void anEmptyOutputScoresZero() throws IOException {
        CaseScore score = grade("");
        assertThat(score.score()).isZero();
        assertThat(score.reason()).startsWith("0 tokens, expected 10");
    }

    @Test
    void binaryGarbageScoresZeroWithoutFailing() throws IOException {
        byte[] garbage = new byte[3000];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(dir.resolve("candidate.txt"), garbage);
        assertThat(grade().score()).isZero();
    }

    @Test
    void tenMegabytesOfTextAreRejectedByTheBoundWithoutBeingRead() throws IOException {
        Files.write(dir.resolve("candidate.txt"), "x".repeat(10 << 20).getBytes(StandardCharsets.UTF_8));
        CaseScore score = grade();
        assertThat(score.score()).isZero();
        assertThat(score.reason()).isEqualTo("output is 10485760 bytes, over the limit of 8388608 bytes");
    }

    @Test
    void unparseableLinesOfTheRightCountEarnNothing() throws IOException {
        String broken = DUMP.replace("l_paren '('\t\tLoc=<a.sy:1:9>", "l_paren ( at 1:9");
        CaseScore score = grade(broken);
        assertThat(score.score()).isCloseTo(90.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score.reason()).contains("token 3").contains("not in the token-dump format");
    }

    @Test
    void aMissingOutputFileIsNamed() {
        CaseScore score = grader.score(gradeCase(), emptyResults());
        assertThat(score.reason()).isEqualTo("no output: candidate.txt was not written");
    }

    @Test
    void spellingsWithQuotesAndTabsAreParsedFromBothEnds() {
        Token token = TokenDump.parse("string_literal '\"a\tb'c\"'\t [LeadingSpace]\tLoc=<x.sy:4:7>").orElseThrow();
        assertThat(token.kind()).isEqualTo("string_literal");
        assertThat(token.spelling()).isEqualTo("\"a\tb'c\"");
        assertThat(token.flags()).containsExactly("LeadingSpace");
        assertThat(token.location()).isEqualTo("x.sy:4:7");
        assertThat(TokenDump.parse("eof ''\t\tLoc=<x.sy:9:1>").orElseThrow().spelling()).isEmpty();
        assertThat(TokenDump.parse("nonsense")).isEmpty();
        assertThat(TokenDump.parse("int 'int'\t[Weird\tLoc=<a:1:1>")).isEmpty();
    }

    @Test
    void carriageReturnsAndATrailingNewlineDoNotCount() {
        assertThat(TokenDump.lines("a\r\nb\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new TokenDump.Line(1, "a"), new TokenDump.Line(2, "b"));
        assertThat(grader.compare(List.of(), List.of()).score()).isEqualTo(100.0);
    }

    @Test
    void blankLinesAreNotTokensWhereverTheyAre() {
        assertThat(TokenDump.lines(" \t\f\u000b\n\na\n\r\n \n b\t \n\n\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new TokenDump.Line(3, "a"), new TokenDump.Line(6, "b"));
    }

    @Test
    void trailingBlankLinesAreHarmless() throws IOException {
        assertThat(grade(DUMP + "\n").score()).isEqualTo(100.0);
        assertThat(grade(DUMP + "\n\n \n\t\n").score()).isEqualTo(100.0);
    }

    @Test
    void blankLinesWhiteSpaceAtLineEndsAndCrlfAreHarmlessAnywhere() throws IOException {
        String spaced = "\n  \n" + DUMP.replace("\n", " \t\r\n\n").replace("l_brace", "\t l_brace");
        assertThat(grade(spaced).score()).isEqualTo(100.0);
    }

    @Test
    void aMissingTokenAmongBlankLinesStillScoresZeroNamingTheFileLine() throws IOException {
        String spaced = DUMP.replace("\n", "\n\n").replace("semi ';'\t\tLoc=<a.sy:2:11>\n", "");
        CaseScore score = grade(spaced);
        assertThat(score.score()).isZero();
        // token 8 is now the r_brace, after two blank lines where the semi was: line 16 of the file
        assertThat(score.reason()).startsWith("9 tokens, expected 10; first difference at token 8 (line 16)");
    }

    @Test
    void anExtraTokenOrAStrayNonBlankLineStillScoresZero() throws IOException {
        assertThat(grade(DUMP + "\n\neof ''\t\tLoc=<a.sy:3:2>\n\n").reason())
                .startsWith("11 tokens, expected 10");
        assertThat(grade(DUMP + "  .\n").reason()).startsWith("11 tokens, expected 10");
        assertThat(grade(DUMP + "\u00a0\n").reason()).startsWith("11 tokens, expected 10");
    }

    @Test
    void whiteSpaceInsideATokenLineStillCounts() throws IOException {
        // the spelling keeps its characters: a space added inside the quotes is a different spelling
        CaseScore score = grade(DUMP.replace("'main'", "'main '"));
        assertThat(score.score()).isCloseTo(94.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    private CaseScore grade(String candidate) throws IOException {
        Files.writeString(dir.resolve("candidate.txt"), candidate);
        return grade();
    }

    private CaseScore grade() throws IOException {
        Files.writeString(dir.resolve("expected.txt"), DUMP);
        return grader.score(gradeCase(), emptyResults());
    }

    private GradeCase gradeCase() {
        return new GradeCase("T1.a.x", "a", dir, "/cases/a", "candidate.txt", Optional.empty(), dir, Optional.empty());
    }

    static BatchResult emptyResults() {
        return new BatchResult(java.util.Map.of(), new ContainerOutcome(0, false, "", 0));
    }
}
