package org.ramp.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link Trends} as JSON with Jackson's streaming generator: the same JSON as binding the records
 * (a test holds them equal), without the reflection that makes the first request after a start slow.
 */
final class TrendsJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private TrendsJson() {
    }

    static String write(Trends trends) {
        StringWriter text = new StringWriter(64 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("key", trends.key().id());
            strings(json, "builds", trends.builds());
            line(json, "meanReward", trends.meanReward());
            line(json, "pipelineScore", trends.pipelineScore());
            line(json, "aei", trends.aei());
            line(json, "cost", trends.cost());
            json.writeObjectFieldStart("stages");
            for (Map.Entry<String, LineChart> stage : trends.stages().entrySet()) {
                line(json, stage.getKey(), stage.getValue());
            }
            json.writeEndObject();
            scatter(json, trends.costVsReward());
            strings(json, "notes", trends.notes());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trends", e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void line(JsonGenerator json, String field, LineChart chart) throws IOException {
        json.writeObjectFieldStart(field);
        strings(json, "labels", chart.labels());
        json.writeArrayFieldStart("datasets");
        for (LineChart.Dataset dataset : chart.datasets()) {
            json.writeStartObject();
            json.writeStringField("label", dataset.label());
            json.writeArrayFieldStart("data");
            for (Double value : dataset.data()) {
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void scatter(JsonGenerator json, ScatterChart chart) throws IOException {
        json.writeObjectFieldStart("costVsReward");
        json.writeStringField("build", chart.build());
        json.writeArrayFieldStart("datasets");
        for (ScatterChart.Dataset dataset : chart.datasets()) {
            json.writeStartObject();
            json.writeStringField("label", dataset.label());
            json.writeArrayFieldStart("data");
            for (ScatterChart.Point point : dataset.data()) {
                json.writeStartObject();
                json.writeNumberField("x", point.x());
                json.writeNumberField("y", point.y());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
