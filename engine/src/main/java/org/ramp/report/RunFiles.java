package org.ramp.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ramp.results.RunResult;
import org.ramp.results.RunResults;

/** Finds and reads a run's run.json, given the run folder or the file itself. */
public final class RunFiles {
    public static final String RUN_JSON = "run.json";

    private RunFiles() {
    }

    /** {@code path/run.json} for a folder, the path itself for a file. */
    public static Path runJson(Path folderOrFile) {
        return Files.isDirectory(folderOrFile) ? folderOrFile.resolve(RUN_JSON) : folderOrFile;
    }

    /** Reads a run; every failure names the file and says what is wrong with it. */
    public static RunResult read(Path folderOrFile) throws RunFileException {
        Path file = runJson(folderOrFile);
        if (!Files.exists(file)) {
            String hint = Files.isDirectory(folderOrFile) ? " (the folder is not a run folder)" : "";
            throw new RunFileException(file + ": no such file" + hint, null);
        }
        if (!Files.isRegularFile(file)) {
            throw new RunFileException(file + ": not a file", null);
        }
        try {
            RunResult run = RunResults.readRun(file);
            if (run.runId() == null || run.status() == null) {
                throw new RunFileException(file + ": not a run.json: \"runId\" and \"status\" are required", null);
            }
            return run;
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the source and the whole class path; keep what a person needs
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw new RunFileException(file + ": not a readable run.json" + at + ": "
                    + firstLine(e.getOriginalMessage()), e);
        } catch (NoSuchFileException e) {
            throw new RunFileException(file + ": no such file", e);
        } catch (IOException e) {
            // RunResults names the file and the schema it found
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new RunFileException(message.startsWith(file.toString()) ? message : file + ": " + message, e);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "invalid content";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
