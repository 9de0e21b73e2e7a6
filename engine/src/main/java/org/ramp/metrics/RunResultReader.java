package org.ramp.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.ramp.workload.WorkloadLoader;

/**
 * Reads the measures of one run from its result file ({@code run.json}): {@code settings.model},
 * {@code stages[].score} of the stages with {@code id} T0..T5 (found by id, in any order),
 * {@code totals.seconds}, {@code totals.usage.costUsd}, {@code totals.usage.tokensRamp} and, when present,
 * {@code totals.usage.tokensCorrected} (see docs/run-json.md). Other fields are ignored. Every error names
 * the file and the field.
 */
public final class RunResultReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STAGE_IDS = WorkloadLoader.STAGE_IDS;
    private static final double SCORE_MAX = 100;

    private RunResultReader() {
    }

    public static ModelRun read(Path file) throws MetricsInputException {
        if (!Files.isRegularFile(file)) {
            throw new MetricsInputException(file + ": no such file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new MetricsInputException(file + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MetricsInputException(file + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MetricsInputException(file + ": the top level must be a JSON object");
        }
        JsonNode model = root.path("settings").path("model");
        if (!model.isTextual() || model.asText().isBlank()) {
            throw new MetricsInputException(file + ": field \"settings.model\" " + describe(model)
                    + "; it must name the model");
        }
        double[] scores = stageScores(file, root.path("stages"));
        JsonNode totals = root.path("totals");
        double seconds = number(file, totals.path("seconds"), "totals.seconds", Double.MAX_VALUE);
        JsonNode usage = totals.path("usage");
        double cost = number(file, usage.path("costUsd"), "totals.usage.costUsd", Double.MAX_VALUE);
        long tokens = tokens(file, usage.path("tokensRamp"), "totals.usage.tokensRamp");
        OptionalLong corrected = usage.has("tokensCorrected")
                ? OptionalLong.of(tokens(file, usage.path("tokensCorrected"), "totals.usage.tokensCorrected"))
                : OptionalLong.empty();
        return new ModelRun(model.asText(), new RunMeasures(StageScores.of(scores), seconds, cost, tokens, corrected));
    }

    private static long tokens(Path file, JsonNode tokens, String field) throws MetricsInputException {
        if (!tokens.isNumber() || !tokens.canConvertToExactIntegral() || !tokens.canConvertToLong()
                || tokens.asLong() < 0) {
            throw new MetricsInputException(file + ": field \"" + field + "\" " + describe(tokens)
                    + "; it must be a whole number of tokens, 0 or more");
        }
        return tokens.asLong();
    }

    private static double[] stageScores(Path file, JsonNode stages) throws MetricsInputException {
        if (!stages.isArray()) {
            throw new MetricsInputException(file + ": field \"stages\" " + describe(stages)
                    + "; it must be an array of {\"id\", \"score\"} objects");
        }
        double[] scores = new double[STAGE_IDS.size()];
        boolean[] found = new boolean[scores.length];
        for (int i = 0; i < stages.size(); i++) {
            int stage = STAGE_IDS.indexOf(stages.get(i).path("id").asText(""));
            if (stage < 0) {
                continue;
            }
            if (found[stage]) {
                throw new MetricsInputException(file + ": field \"stages[" + i + "].id\": stage "
                        + STAGE_IDS.get(stage) + " appears twice");
            }
            found[stage] = true;
            scores[stage] = number(file, stages.get(i).path("score"), "stages[" + i + "].score", SCORE_MAX);
        }
        for (int stage = 0; stage < scores.length; stage++) {
            if (!found[stage]) {
                throw new MetricsInputException(file + ": field \"stages\" has no stage with id \""
                        + STAGE_IDS.get(stage) + "\"; RAMP's metrics need T0..T5");
            }
        }
        return scores;
    }

    /** A finite number, 0 or more and at most {@code max}. */
    private static double number(Path file, JsonNode node, String field, double max) throws MetricsInputException {
        double value = node.asDouble();
        if (!node.isNumber() || !Double.isFinite(value) || value < 0 || value > max) {
            throw new MetricsInputException(file + ": field \"" + field + "\" " + describe(node) + "; it must be a "
                    + (max == SCORE_MAX ? "score within 0..100" : "number 0 or more"));
        }
        return value;
    }

    private static String describe(JsonNode node) {
        return node.isMissingNode() ? "is missing" : "is " + node;
    }
}
