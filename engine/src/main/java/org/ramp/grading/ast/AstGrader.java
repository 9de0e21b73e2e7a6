package org.ramp.grading.ast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ramp.grading.CandidateFiles;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.grading.Grader;
import org.ramp.sandbox.BatchResult;

/**
 * T2: both trees are normalised, children lists are aligned (a longest common subsequence of node kinds,
 * preferring pairs whose labels match, so that one missing node does not shift all its siblings), and
 * the score is
 * 100 x (w_label x nodes whose kind, name and value match + w_type x nodes whose type matches) divided
 * by the larger of the two node counts, so that extra nodes cost as much as missing ones.
 */
public final class AstGrader implements Grader {
    /** Beyond this many cells, child lists are aligned by position instead (bounded time on huge lists). */
    private static final long ALIGNMENT_CELLS = 4_000_000;

    private final double labelWeight;
    private final double typeWeight;
    private final String expectedFile;
    private final long maxBytes;

    public AstGrader(double labelWeight, double typeWeight, String expectedFile, long maxBytes) {
        this.labelWeight = labelWeight;
        this.typeWeight = typeWeight;
        this.expectedFile = expectedFile;
        this.maxBytes = maxBytes;
    }

    @Override
    public CaseScore score(GradeCase gradeCase, BatchResult results) {
        Optional<CaseScore> unusable = CandidateFiles.unusable(gradeCase.candidateFile(), maxBytes);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        JsonNode expected;
        try {
            expected = AstJson.read(CandidateFiles.read(gradeCase.expectedDir().resolve(expectedFile)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the golden AST " + gradeCase.expectedDir().resolve(expectedFile)
                    + " is not valid JSON: " + e.getMessage(), e);
        }
        return compare(expected, CandidateFiles.read(gradeCase.candidateFile()));
    }

    /** Scores candidate bytes against an expected (normalised or raw) AST. */
    public CaseScore compare(JsonNode expected, byte[] candidate) {
        JsonNode actual;
        try {
            actual = AstJson.read(candidate);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            return CaseScore.zero("not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            return CaseScore.zero("cannot be read as JSON: " + e.getMessage());
        }
        if (actual == null || !actual.isObject()) {
            return CaseScore.zero("the output is not a JSON object (expected clang's TranslationUnitDecl)");
        }
        JsonNode candidateTree = actual;
        Comparison comparison = DeepRecursion.call(() -> {
            Comparison walk = new Comparison();
            walk.walk(AstNormaliser.normalise(expected), AstNormaliser.normalise(candidateTree));
            return walk;
        });
        int nodes = Math.max(comparison.expectedNodes, comparison.actualNodes);
        if (comparison.firstDifference == null) {
            return CaseScore.full();
        }
        double score = 100 * (labelWeight * comparison.labels + typeWeight * comparison.types) / nodes;
        return new CaseScore(Math.max(0, Math.min(100, score)), comparison.firstDifference);
    }

    private static String label(JsonNode node) {
        StringBuilder label = new StringBuilder();
        for (String key : AstNormaliser.SCALARS) {
            label.append(node.path(key).asText("")).append('\u0000');
        }
        return label.append(node.path("referencedDecl").path("name").asText("")).toString();
    }

    private static String type(JsonNode node) {
        return node.path("type").path("qualType").asText("");
    }

    private static List<JsonNode> children(JsonNode node) {
        List<JsonNode> children = new ArrayList<>();
        for (String key : AstNormaliser.CHILDREN) {
            node.path(key).forEach(children::add);
        }
        return children;
    }

    private static String describe(JsonNode node) {
        String name = node.path("name").asText("");
        if (name.isEmpty()) {
            name = node.path("referencedDecl").path("name").asText("");
        }
        String value = node.path("value").asText(node.path("opcode").asText(node.path("castKind").asText("")));
        return node.path("kind").asText("?") + (name.isEmpty() ? "" : " '" + name + "'")
                + (value.isEmpty() ? "" : " " + value) + (type(node).isEmpty() ? "" : " : " + type(node));
    }

    private static int size(JsonNode node) {
        int count = 1;
        for (JsonNode child : children(node)) {
            count += size(child);
        }
        return count;
    }

    /** Walks two trees together, counting matches and remembering the first difference in pre-order. */
    private static final class Comparison {
        int labels;
        int types;
        int expectedNodes;
        int actualNodes;
        String firstDifference;
        /** The expected nodes from the root down to the one being compared, for the first difference's path. */
        private final java.util.ArrayDeque<JsonNode> ancestors = new java.util.ArrayDeque<>();

        void walk(JsonNode expected, JsonNode actual) {
            expectedNodes++;
            actualNodes++;
            ancestors.addLast(expected);
            if (label(expected).equals(label(actual))) {
                labels++;
            } else {
                differ("kind, name or value differs; got " + describe(actual));
            }
            if (type(expected).equals(type(actual))) {
                types++;
            } else {
                differ("type differs; got " + describe(actual));
            }
            List<JsonNode> want = children(expected);
            List<JsonNode> got = children(actual);
            int[] match = align(want, got);
            int next = 0;
            for (int i = 0; i < want.size(); i++) {
                if (match[i] < 0) {
                    expectedNodes += size(want.get(i));
                    differ("child " + (i + 1) + " " + describe(want.get(i)) + " is missing");
                    continue;
                }
                for (; next < match[i]; next++) {
                    actualNodes += size(got.get(next));
                    differ("extra child " + (next + 1) + " " + describe(got.get(next)));
                }
                walk(want.get(i), got.get(match[i]));
                next = match[i] + 1;
            }
            for (; next < got.size(); next++) {
                actualNodes += size(got.get(next));
                differ("extra child " + (next + 1) + " " + describe(got.get(next)));
            }
            ancestors.removeLast();
        }

        /** Records the first difference with the path to it (its last few levels when it is deep). */
        void differ(String text) {
            if (firstDifference != null) {
                return;
            }
            List<String> path = new ArrayList<>();
            ancestors.forEach(node -> path.add(describe(node)));
            int shown = Math.min(path.size(), 6);
            String prefix = path.size() > shown ? "... > " : "";
            firstDifference = prefix + String.join(" > ", path.subList(path.size() - shown, path.size())) + ": " + text;
        }

        /**
         * For each expected child, the index of its partner among the actual children, or -1: an alignment
         * of the two lists that pairs only nodes of the same kind and, among those, prefers pairs whose
         * labels match too (a weighted longest common subsequence).
         */
        private static int[] align(List<JsonNode> want, List<JsonNode> got) {
            int n = want.size();
            int m = got.size();
            int[] match = new int[n];
            java.util.Arrays.fill(match, -1);
            if ((long) n * m > ALIGNMENT_CELLS) {
                for (int i = 0; i < Math.min(n, m); i++) {
                    match[i] = i;
                }
                return match;
            }
            int[][] best = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    int skip = Math.max(best[i + 1][j], best[i][j + 1]);
                    int pair = pairWeight(want.get(i), got.get(j));
                    best[i][j] = pair > 0 ? Math.max(skip, best[i + 1][j + 1] + pair) : skip;
                }
            }
            for (int i = 0, j = 0; i < n && j < m; ) {
                int pair = pairWeight(want.get(i), got.get(j));
                if (pair > 0 && best[i][j] == best[i + 1][j + 1] + pair) {
                    match[i++] = j++;
                } else if (best[i + 1][j] >= best[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            return match;
        }

        /** 0: may not be paired; 2: same kind; 3: same kind and label. */
        private static int pairWeight(JsonNode want, JsonNode got) {
            if (!sameKind(want, got)) {
                return 0;
            }
            return label(want).equals(label(got)) ? 3 : 2;
        }

        private static boolean sameKind(JsonNode a, JsonNode b) {
            return Objects.equals(a.path("kind").asText(""), b.path("kind").asText(""));
        }
    }
}
