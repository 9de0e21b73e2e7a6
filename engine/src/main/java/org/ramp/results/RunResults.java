package org.ramp.results;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import org.ramp.util.AtomicFiles;

/** Reads and writes run.json and stage results; writes are atomic. */
public final class RunResults {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private RunResults() {
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** Writes a result atomically; no live key can be in it (its evidence quotes the harness and the endpoint). */
    public static void write(Path file, Object result) throws IOException {
        AtomicFiles.write(file, org.ramp.gateway.Secret.scrub(JSON.writeValueAsString(result)) + "\n");
    }

    public static RunResult readRun(Path file) throws IOException {
        RunResult result = JSON.readValue(file.toFile(), RunResult.class);
        if (!RunResult.SCHEMA.equals(result.schema())) {
            throw new IOException(file + ": schema \"" + result.schema() + "\" is not " + RunResult.SCHEMA
                    + "; this engine reads " + RunResult.SCHEMA);
        }
        return result;
    }

    public static StageResult readStage(Path file) throws IOException {
        return JSON.readValue(file.toFile(), StageResult.class);
    }
}
