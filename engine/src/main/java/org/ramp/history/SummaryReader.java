package org.ramp.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ramp.results.FailureClass;
import org.ramp.results.InputSource;
import org.ramp.results.RunStatus;
import org.ramp.results.StageStatus;

/**
 * A summary from its JSON tree in one pass: every field is checked as it is read, and a failure names the
 * source, the field and the value. Fields it does not know are ignored (a later version may add some).
 */
final class SummaryReader {
    private static final Map<String, RunStatus> RUN_STATUS = ids(RunStatus.values(), RunStatus::id);
    private static final Map<String, StageStatus> STAGE_STATUS = ids(StageStatus.values(), StageStatus::id);
    private static final Map<String, InputSource> INPUTS = ids(InputSource.values(), InputSource::id);
    private static final Map<String, FailureClass> FAILURE_CLASS = ids(FailureClass.values(), FailureClass::id);
    private static final String SCORE = "a score within 0..100";

    private final String source;

    private SummaryReader(String source) {
        this.source = source;
    }

    static RunSummary read(JsonNode root, String source) throws RunSummaryException {
        return new SummaryReader(source).summary(root);
    }

    private RunSummary summary(JsonNode root) throws RunSummaryException {
        if (root == null || !root.isObject()) {
            throw new RunSummaryException(source + ": the top level " + shown(root) + "; it must be a JSON object");
        }
        JsonNode schema = root.path("schema");
        if (!schema.isTextual() || !RunSummary.SCHEMA.equals(schema.asText())) {
            throw problem("schema", schema, "this engine reads " + RunSummary.SCHEMA);
        }
        JsonNode stagesNode = root.path("stages");
        if (!stagesNode.isArray()) {
            throw problem("stages", stagesNode, "it must be an array of stages");
        }
        List<RunSummary.Stage> stages = new ArrayList<>(stagesNode.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < stagesNode.size(); i++) {
            RunSummary.Stage stage = stage(stagesNode.get(i), "stages[" + i + "]");
            if (!ids.add(stage.id())) {
                throw problem("stages[" + i + "].id", stagesNode.get(i).get("id"), "stage " + stage.id()
                        + " appears twice; a run has each stage once");
            }
            stages.add(stage);
        }
        JsonNode metrics = root.path("metrics");
        JsonNode totals = root.path("totals");
        return new RunSummary(RunSummary.SCHEMA, text(root, "", "name"), text(root, "", "runId"),
                optionalText(root, "", "model"), optionalText(root, "", "agent"), optionalText(root, "", "mode"),
                oneOf(root, "", "status", RUN_STATUS, true), instant(root.path("startedAt")), stages,
                present(metrics) ? metrics(metrics) : null, present(totals) ? totals(totals) : null);
    }

    private RunSummary.Stage stage(JsonNode stage, String at) throws RunSummaryException {
        object(stage, at);
        JsonNode resurrected = stage.path("resurrected");
        if (present(resurrected) && !resurrected.isBoolean()) {
            throw problem(at + ".resurrected", resurrected, "it must be true or false");
        }
        return new RunSummary.Stage(text(stage, at, "id"), optionalText(stage, at, "name"),
                number(stage, at, "score", 100, SCORE), oneOf(stage, at, "status", STAGE_STATUS, true),
                oneOf(stage, at, "inputs", INPUTS, false), resurrected.asBoolean(false),
                oneOf(stage, at, "failureClass", FAILURE_CLASS, false));
    }

    private RunSummary.Metrics metrics(JsonNode metrics) throws RunSummaryException {
        object(metrics, "metrics");
        JsonNode stage = metrics.path("stage");
        if (!stage.isInt() || stage.asInt() < 0 || stage.asInt() > 5) {
            throw problem("metrics.stage", stage, "it must be a whole number within 0..5");
        }
        JsonNode parts = metrics.path("aeiComponents");
        String at = "metrics.aeiComponents";
        object(parts, at);
        return new RunSummary.Metrics(number(metrics, "metrics", "pipelineScore", 100, SCORE),
                number(metrics, "metrics", "meanReward", 100, SCORE),
                number(metrics, "metrics", "passScore", 100, SCORE),
                stage.asInt(), number(metrics, "metrics", "strictScore", 100, SCORE),
                number(metrics, "metrics", "aei", 100, SCORE),
                new RunSummary.AeiComponents(number(parts, at, "stage", 100, SCORE),
                        number(parts, at, "meanReward", 100, SCORE), number(parts, at, "time", 100, SCORE),
                        number(parts, at, "cost", 100, SCORE), number(parts, at, "tokens", 100, SCORE)));
    }

    private RunSummary.Totals totals(JsonNode totals) throws RunSummaryException {
        object(totals, "totals");
        String number = "a number 0 or more";
        return new RunSummary.Totals(number(totals, "totals", "seconds", Double.MAX_VALUE, number),
                number(totals, "totals", "costUsd", Double.MAX_VALUE, number), count(totals, "tokensCorrected"),
                count(totals, "tokensRamp"), (int) count(totals, "calls"), (int) count(totals, "stagesPassed"),
                (int) count(totals, "modelFailures"), (int) count(totals, "infrastructureFailures"));
    }

    // ------------------------------------------------------------------ field kinds

    private void object(JsonNode node, String at) throws RunSummaryException {
        if (!node.isObject()) {
            throw problem(at, node, "it must be an object");
        }
    }

    private String text(JsonNode node, String at, String field) throws RunSummaryException {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw problem(path(at, field), value, "it must be a non-empty string");
        }
        return value.asText();
    }

    private String optionalText(JsonNode node, String at, String field) throws RunSummaryException {
        JsonNode value = node.path(field);
        if (!present(value)) {
            return null;
        }
        if (!value.isTextual()) {
            throw problem(path(at, field), value, "it must be a string or null");
        }
        return value.asText();
    }

    private Instant instant(JsonNode value) throws RunSummaryException {
        if (!present(value)) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw problem("startedAt", value, "it must be an ISO-8601 instant such as 2026-11-22T10:15:00Z, or null");
        }
    }

    private double number(JsonNode node, String at, String field, double max, String what) throws RunSummaryException {
        JsonNode value = node.path(field);
        double number = value.asDouble();
        if (!value.isNumber() || !Double.isFinite(number) || number < 0 || number > max) {
            throw problem(path(at, field), value, "it must be " + what);
        }
        return number;
    }

    private long count(JsonNode node, String field) throws RunSummaryException {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt() && !field.startsWith("tokens")
                || !value.canConvertToLong() || value.asLong() < 0) {
            throw problem("totals." + field, value, "it must be a whole number 0 or more");
        }
        return value.asLong();
    }

    private <E> E oneOf(JsonNode node, String at, String field, Map<String, E> ids, boolean required)
            throws RunSummaryException {
        JsonNode value = node.path(field);
        if (!required && !present(value)) {
            return null;
        }
        E found = value.isTextual() ? ids.get(value.asText()) : null;
        if (found == null) {
            throw problem(path(at, field), value, "it must be one of " + String.join(", ", ids.keySet()));
        }
        return found;
    }

    private static <E> Map<String, E> ids(E[] values, Function<E, String> id) {
        Map<String, E> ids = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> ids.put(id.apply(value), value));
        return ids;
    }

    private static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull();
    }

    private static String path(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    private RunSummaryException problem(String field, JsonNode value, String rule) {
        return new RunSummaryException(source + ": field \"" + field + "\" " + shown(value) + "; " + rule);
    }

    /** Values come from files anyone may have edited: a bounded part of them, JSON-escaped. */
    private static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "is missing";
        }
        String text = value.toString();
        return "is " + (text.length() <= 80 ? text : text.substring(0, 77) + "...");
    }
}
