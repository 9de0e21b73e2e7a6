package org.ramp.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads runs from a CSV file in the format of RAMP's published results
 * ({@code ramp-engineer-500.csv}): a header line, then one run a line, plain comma-separated values
 * without quoting. Columns are found by header name, in any order; {@code model}, {@code t0}..{@code t5},
 * {@code elapsed_seconds}, {@code cost_usd} and {@code total_tokens} are needed, others (the published
 * metrics) are ignored. Blank lines are skipped.
 */
public final class RampCsvReader {
    private static final String MODEL = "model";
    private static final String SECONDS = "elapsed_seconds";
    private static final String COST = "cost_usd";
    private static final String TOKENS = "total_tokens";

    private RampCsvReader() {
    }

    public static List<ModelRun> read(Path file) throws MetricsInputException {
        if (!Files.isRegularFile(file)) {
            throw new MetricsInputException(file + ": no such file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MetricsInputException(file + ": cannot be read as UTF-8 text: " + e.getMessage());
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new MetricsInputException(file + " line 1: no header; expected " + MODEL + ",t0,...,t5,"
                    + SECONDS + "," + COST + "," + TOKENS);
        }
        Map<String, Integer> columns = header(file, lines.get(0).replace("\uFEFF", ""));
        List<ModelRun> runs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                runs.add(new Row(file, i + 1, columns, lines.get(i)).run());
            }
        }
        if (runs.isEmpty()) {
            throw new MetricsInputException(file + ": no rows after the header");
        }
        return runs;
    }

    private static Map<String, Integer> header(Path file, String line) throws MetricsInputException {
        String[] names = line.split(",", -1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (columns.putIfAbsent(names[i].strip(), i) != null) {
                throw new MetricsInputException(file + " line 1: column \"" + names[i].strip() + "\" appears twice");
            }
        }
        List<String> needed = new ArrayList<>(List.of(MODEL, SECONDS, COST, TOKENS));
        for (int i = 0; i < StageScores.COUNT; i++) {
            needed.add(stageColumn(i));
        }
        for (String name : needed) {
            if (!columns.containsKey(name)) {
                throw new MetricsInputException(file + " line 1: no column \"" + name + "\" in the header");
            }
        }
        return columns;
    }

    private static String stageColumn(int stage) {
        return "t" + stage;
    }

    /** One data line; every error names the file, line, column and value. */
    private record Row(Path file, int number, Map<String, Integer> columns, String line) {

        ModelRun run() throws MetricsInputException {
            String[] cells = line.split(",", -1);
            if (cells.length != columns.size()) {
                throw new MetricsInputException(file + " line " + number + ": " + cells.length
                        + " values, but the header has " + columns.size() + " columns");
            }
            String model = cells[columns.get(MODEL)].strip();
            if (model.isEmpty()) {
                throw error(cells, MODEL, "is empty; name the model");
            }
            double[] scores = new double[StageScores.COUNT];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = number(cells, stageColumn(i));
                if (scores[i] > 100) {
                    throw error(cells, stageColumn(i), "is outside 0..100");
                }
            }
            double seconds = number(cells, SECONDS);
            double cost = number(cells, COST);
            long tokens;
            try {
                tokens = Long.parseLong(cell(cells, TOKENS));
            } catch (NumberFormatException e) {
                throw error(cells, TOKENS, "is not a whole number of tokens");
            }
            if (tokens < 0) {
                throw error(cells, TOKENS, "is negative");
            }
            return new ModelRun(model, new RunMeasures(StageScores.of(scores), seconds, cost, tokens,
                    OptionalLong.empty()));
        }

        /** A finite number 0 or more. */
        private double number(String[] cells, String column) throws MetricsInputException {
            double value;
            try {
                value = Double.parseDouble(cell(cells, column));
            } catch (NumberFormatException e) {
                throw error(cells, column, "is not a number");
            }
            if (!Double.isFinite(value)) {
                throw error(cells, column, "is not a finite number");
            }
            if (value < 0) {
                throw error(cells, column, "is negative");
            }
            return value;
        }

        private String cell(String[] cells, String column) {
            return cells[columns.get(column)].strip();
        }

        private MetricsInputException error(String[] cells, String column, String problem) {
            return new MetricsInputException(file + " line " + number + ", column " + column + ": \""
                    + cell(cells, column) + "\" " + problem);
        }
    }
}
