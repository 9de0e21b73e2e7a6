package org.ramp.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ramp.results.RunResults;
import org.ramp.util.AtomicFiles;

/**
 * Reads and writes run summaries as compact JSON. A reader checks the schema and every field as it reads
 * it, so that an error names the source (file, build), the field and the value; unknown fields are ignored,
 * as later versions of the schema may add some.
 */
public final class RunSummaries {
    /** Run.json's mapper (ISO instants, enum ids) without indentation: summaries are kept by the thousand. */
    private static final ObjectMapper JSON = RunResults.json().copy().disable(SerializationFeature.INDENT_OUTPUT);

    private RunSummaries() {
    }

    static ObjectMapper json() {
        return JSON;
    }

    /** The summary as one line of JSON. */
    public static String toJson(RunSummary summary) {
        try {
            return JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the summary of run " + summary.runId(), e);
        }
    }

    /** Writes the summary atomically, so that a reader never sees half of it. */
    public static void write(Path file, RunSummary summary) throws IOException {
        AtomicFiles.write(file, toJson(summary) + "\n");
    }

    public static RunSummary read(Path file) throws RunSummaryException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunSummaryException(file + ": cannot be read: " + (Files.exists(file) ? e : "no such file"), e);
        }
        return fromJson(text, file.toString());
    }

    /**
     * A summary from its JSON.
     *
     * @param source what the text is, for error messages: a file name, "build #12", ...
     */
    public static RunSummary fromJson(String text, String source) throws RunSummaryException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new RunSummaryException(source + ": not valid JSON" + at + ": " + firstLine(e.getOriginalMessage()),
                    e);
        }
        return SummaryReader.read(root, source);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "invalid content";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
