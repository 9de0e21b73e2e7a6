package org.ramp.grading.tokens;

import java.util.List;
import java.util.Optional;
import org.ramp.grading.CandidateFiles;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.grading.Grader;
import org.ramp.grading.tokens.TokenDump.Line;
import org.ramp.sandbox.BatchResult;
import org.ramp.util.Text;

/**
 * T1: 0 when the number of tokens differs from clang's; otherwise each token earns the kind-and-spelling
 * weight when both match, the location weight when file, line and column match, and the flags weight
 * when its flags match; the case score is 100 times the mean over tokens.
 */
public final class TokenGrader implements Grader {
    private final double kindAndSpelling;
    private final double location;
    private final double flags;
    private final String expectedFile;
    private final long maxBytes;

    public TokenGrader(double kindAndSpelling, double location, double flags, String expectedFile, long maxBytes) {
        this.kindAndSpelling = kindAndSpelling;
        this.location = location;
        this.flags = flags;
        this.expectedFile = expectedFile;
        this.maxBytes = maxBytes;
    }

    @Override
    public CaseScore score(GradeCase gradeCase, BatchResult results) {
        Optional<CaseScore> unusable = CandidateFiles.unusable(gradeCase.candidateFile(), maxBytes);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        List<Line> expected = TokenDump.lines(CandidateFiles.read(gradeCase.expectedDir().resolve(expectedFile)));
        List<Line> actual = TokenDump.lines(CandidateFiles.read(gradeCase.candidateFile()));
        return compare(expected, actual);
    }

    /** Scores a token listing against the expected one; the lines are those of {@link TokenDump#lines}. */
    public CaseScore compare(List<Line> expected, List<Line> actual) {
        String firstDifference = null;
        int limit = Math.min(expected.size(), actual.size());
        double sum = 0;
        for (int i = 0; i < limit; i++) {
            String expectedLine = expected.get(i).text();
            Token want = TokenDump.parse(expectedLine).orElseThrow(() ->
                    new IllegalStateException("the expected token listing is malformed: " + expectedLine));
            Line actualLine = actual.get(i);
            Optional<Token> got = TokenDump.parse(actualLine.text());
            double earned = 0;
            String differs;
            if (got.isEmpty()) {
                differs = "the line is not in the token-dump format: \"" + Text.clip(actualLine.text(), 80) + "\"";
            } else {
                Token token = got.get();
                boolean same = token.kind().equals(want.kind()) && token.spelling().equals(want.spelling());
                boolean sameLocation = token.location().equals(want.location());
                boolean sameFlags = token.flags().equals(want.flags());
                earned = (same ? kindAndSpelling : 0) + (sameLocation ? location : 0) + (sameFlags ? flags : 0);
                differs = !same ? "kind or spelling differs" : !sameLocation ? "location differs"
                        : !sameFlags ? "flags differ" : null;
                if (differs != null) {
                    differs += ": expected " + want.describe() + ", got " + token.describe();
                }
            }
            sum += earned;
            if (differs != null && firstDifference == null) {
                firstDifference = "token " + (i + 1) + " (line " + actualLine.number() + "): " + differs;
            }
        }
        if (expected.size() != actual.size()) {
            String at = firstDifference != null ? "; first difference at " + firstDifference
                    : "; the first " + limit + " tokens match";
            return CaseScore.zero(actual.size() + " tokens, expected " + expected.size() + at);
        }
        if (firstDifference == null) {
            // exact, rather than a sum of weights that floating point may leave just under 100
            return CaseScore.full();
        }
        return new CaseScore(Math.min(100, 100 * sum / expected.size()), firstDifference);
    }
}
