package org.ramp.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code workload.json} and everything it points at, and reports every defect at once: each
 * problem names the file, the field (as a JSON path) and the value, and says what would fix it.
 */
public final class WorkloadLoader {
    /** The stages RAMP's metrics are defined over, in order. */
    public static final List<String> STAGE_IDS = List.of("T0", "T1", "T2", "T3", "T4", "T5");

    private static final Pattern PROGRAM_NAME = Pattern.compile("[a-z0-9_]+");
    private static final Set<String> TOP_FIELDS = Set.of("schemaVersion", "name", "version", "description",
            "toolchain", "starter", "runtime", "programs", "build", "stages");
    private static final Set<String> STAGE_FIELDS = Set.of("id", "name", "instructions", "input", "output",
            "invoke", "checks", "grader", "limits", "passThreshold");

    private final ObjectMapper json = new ObjectMapper();

    /** Loads the workload file, or the {@code workload.json} inside a folder. */
    public Workload load(Path path) throws WorkloadException {
        Path file = Files.isDirectory(path) ? path.resolve("workload.json") : path;
        file = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new WorkloadException(file + ": no such file; pass the workload file or the folder holding"
                    + " workload.json (the repository's tasks/ folder)");
        }
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new WorkloadException(file + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WorkloadException(file + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new WorkloadException(file + ": the top level must be a JSON object");
        }
        Reader reader = new Reader(file);
        Workload workload = reader.workload((ObjectNode) root);
        if (!reader.problems.isEmpty()) {
            throw new WorkloadException(reader.problems);
        }
        return workload;
    }

    /** One pass over the tree, collecting problems instead of stopping at the first. */
    private static final class Reader {
        private final Path file;
        private final Path root;
        private final List<String> problems = new ArrayList<>();

        Reader(Path file) {
            this.file = file;
            this.root = file.getParent();
        }

        Workload workload(ObjectNode node) {
            unknownFields(node, "", TOP_FIELDS);
            int schema = integer(node, "", "schemaVersion", 1);
            if (schema != 1) {
                problem("schemaVersion", schema, "this engine reads schema version 1");
            }
            String name = text(node, "", "name", true);
            String version = text(node, "", "version", true);
            String description = text(node, "", "description", false);
            Path toolchain = folder(node, "", "toolchain", List.of("Dockerfile", "packages.txt"));
            Path starter = folder(node, "", "starter", List.of("CMakeLists.txt"));
            Path runtime = folder(node, "", "runtime", List.of("sylib.c", "sylib.h"));
            BuildSpec build = build(node.get("build"));
            List<Stage> stages = stages(node.get("stages"));
            List<TestProgram> programs = programs(node.get("programs"));
            return new Workload(file, name, version, description, toolchain, starter, runtime, build, stages,
                    programs);
        }

        private BuildSpec build(JsonNode node) {
            if (!isObject(node, "build")) {
                return null;
            }
            unknownFields(node, "build", Set.of("command", "timeoutSeconds"));
            String command = text(node, "build", "command", true);
            int timeout = positive(node, "build", "timeoutSeconds");
            return new BuildSpec(command, timeout);
        }

        private List<Stage> stages(JsonNode node) {
            List<Stage> stages = new ArrayList<>();
            if (node == null || !node.isArray()) {
                problem("stages", node, "give the stages T0 to T5 as a JSON array");
                return stages;
            }
            Map<String, Integer> seen = new HashMap<>();
            List<String> ids = new ArrayList<>();
            boolean duplicates = false;
            Set<String> produced = new HashSet<>(Set.of(Artifacts.SOURCE));
            for (int i = 0; i < node.size(); i++) {
                String at = "stages[" + i + "]";
                JsonNode stageNode = node.get(i);
                if (!isObject(stageNode, at)) {
                    continue;
                }
                String id = stageNode.path("id").asText("");
                Integer earlier = seen.putIfAbsent(id, i);
                if (earlier != null) {
                    problem(at + ".id", id, "stage " + id + " is listed twice (stages[" + earlier + "] and " + at
                            + "); list each stage once");
                    duplicates = true;
                    continue;
                }
                ids.add(id);
                Stage stage = stage(stageNode, at, produced);
                if (stage != null) {
                    stages.add(stage);
                }
            }
            if (!duplicates && !ids.equals(STAGE_IDS)) {
                problem("stages", ids, "RAMP's metrics need exactly the stages " + STAGE_IDS + " in this order");
            }
            return stages;
        }

        private Stage stage(JsonNode node, String at, Set<String> produced) {
            unknownFields(node, at, STAGE_FIELDS);
            String id = text(node, at, "id", true);
            if (id != null && !STAGE_IDS.contains(id)) {
                problem(at + ".id", id, "use one of " + STAGE_IDS);
            }
            String name = text(node, at, "name", true);
            Path instructions = file(node, at, "instructions");
            GraderSpec grader = grader(node.get("grader"), at + ".grader");
            Limits limits = limits(node.get("limits"), at + ".limits", grader);
            double threshold = 60;
            JsonNode thresholdNode = node.get("passThreshold");
            if (thresholdNode == null || !thresholdNode.isNumber()) {
                problem(at + ".passThreshold", thresholdNode, "give the pass threshold as a number from 0 to 100"
                        + " (RAMP uses 60)");
            } else {
                threshold = thresholdNode.asDouble();
                if (threshold < 0 || threshold > 100) {
                    problem(at + ".passThreshold", thresholdNode, "a threshold is a score from 0 to 100"
                            + " (RAMP uses 60)");
                }
            }
            Optional<String> input = Optional.ofNullable(text(node, at, "input", false));
            Optional<String> output = Optional.ofNullable(text(node, at, "output", false));
            Optional<String> invoke = Optional.ofNullable(text(node, at, "invoke", false));
            List<Check> checks = checks(node.get("checks"), at + ".checks");
            // a stage with a broken grader is still checked as far as it can be, so that one defect
            // does not hide others or cascade into later stages
            boolean checked = grader != null ? grader.kind() == GraderKind.EXIT_STATUS : node.has("checks");
            if (checked) {
                if (checks.isEmpty()) {
                    problem(at + ".checks", node.get("checks"), "the exit-status grader needs a non-empty list"
                            + " of checks ({\"name\": ..., \"command\": ...})");
                }
                for (String field : List.of("input", "output", "invoke")) {
                    if (node.has(field)) {
                        problem(at + "." + field, node.get(field), "a stage graded by its checks reads and"
                                + " writes no artifact; remove the field");
                    }
                }
            } else {
                if (!checks.isEmpty() && grader != null) {
                    problem(at + ".checks", node.get("checks"), "only the exit-status grader takes checks;"
                            + " remove them or change the grader");
                }
                artifacts(at, input, output, invoke, produced);
            }
            if (id == null || grader == null || limits == null) {
                return null;
            }
            return new Stage(id, name, instructions, input, output, invoke, checks, grader, limits, threshold);
        }

        private void artifacts(String at, Optional<String> input, Optional<String> output, Optional<String> invoke,
                Set<String> produced) {
            if (input.isEmpty()) {
                problem(at + ".input", null, "name the artifact the stage reads, one of " + Artifacts.STAGE_FILES);
            } else if (!produced.contains(input.get())) {
                problem(at + ".input", input.get(), "a stage reads " + Artifacts.SOURCE
                        + " or what an earlier stage writes: " + produced);
            }
            if (output.isEmpty()) {
                problem(at + ".output", null, "name the artifact the stage writes, one of "
                        + Artifacts.STAGE_FILES.subList(1, Artifacts.STAGE_FILES.size()));
            } else if (!Artifacts.STAGE_FILES.contains(output.get()) || output.get().equals(Artifacts.SOURCE)) {
                problem(at + ".output", output.get(), "use an artifact the golden set holds: "
                        + Artifacts.STAGE_FILES.subList(1, Artifacts.STAGE_FILES.size()));
            } else if (!produced.add(output.get())) {
                problem(at + ".output", output.get(), "another stage already writes this artifact");
            }
            if (invoke.isEmpty()) {
                problem(at + ".invoke", null, "give the command that runs the stage's program on one case,"
                        + " with {input} and {output}");
            } else if (!invoke.get().contains("{input}") || !invoke.get().contains("{output}")) {
                problem(at + ".invoke", invoke.get(), "the command must contain both {input} and {output}");
            }
        }

        private List<Check> checks(JsonNode node, String at) {
            List<Check> checks = new ArrayList<>();
            if (node == null) {
                return checks;
            }
            if (!node.isArray()) {
                problem(at, node, "give the checks as a JSON array");
                return checks;
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String here = at + "[" + i + "]";
                JsonNode check = node.get(i);
                if (!isObject(check, here)) {
                    continue;
                }
                unknownFields(check, here, Set.of("name", "command", "after"));
                String name = text(check, here, "name", true);
                String command = text(check, here, "command", true);
                String after = text(check, here, "after", false);
                if (name != null && !PROGRAM_NAME.matcher(name).matches()) {
                    problem(here + ".name", name, "use lowercase letters, digits and _");
                }
                if (after != null && !names.contains(after)) {
                    problem(here + ".after", after, "name a check listed before this one: " + names);
                }
                if (name != null && !names.add(name)) {
                    problem(here + ".name", name, "check names must be unique within the stage");
                }
                if (name != null && command != null) {
                    checks.add(new Check(name, command, Optional.ofNullable(after)));
                }
            }
            return checks;
        }

        private GraderSpec grader(JsonNode node, String at) {
            if (!isObject(node, at)) {
                return null;
            }
            unknownFields(node, at, Set.of("kind", "weights", "formula"));
            String kindId = text(node, at, "kind", true);
            if (kindId == null) {
                return null;
            }
            Optional<GraderKind> kind = GraderKind.byId(kindId);
            if (kind.isEmpty()) {
                problem(at + ".kind", kindId, "unknown grader; use one of " + GraderKind.allIds());
                return null;
            }
            Optional<CostFormula> formula = formula(node, at, kind.get());
            Map<String, Double> weights = new TreeMap<>();
            JsonNode weightsNode = node.get("weights");
            List<String> expected = kind.get().weightNames();
            if (expected.isEmpty()) {
                if (weightsNode != null) {
                    problem(at + ".weights", weightsNode, "grader " + kindId + " takes no weights; remove them");
                }
                return new GraderSpec(kind.get(), weights, formula);
            }
            if (!isObject(weightsNode, at + ".weights")) {
                return null;
            }
            unknownFields(weightsNode, at + ".weights", Set.copyOf(expected));
            double sum = 0;
            for (String weight : expected) {
                JsonNode value = weightsNode.get(weight);
                if (value == null || !value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
                    problem(at + ".weights." + weight, value, "give a weight from 0 to 1");
                    continue;
                }
                weights.put(weight, value.asDouble());
                sum += value.asDouble();
            }
            if (weights.size() == expected.size() && Math.abs(sum - 1) > 1e-9) {
                problem(at + ".weights", weightsNode, "the weights add up to " + sum + "; they must add up to 1");
            }
            return weights.size() == expected.size() ? new GraderSpec(kind.get(), weights, formula) : null;
        }

        /** T4's scoring formula: only the ir-cost grader takes one. */
        private Optional<CostFormula> formula(JsonNode grader, String at, GraderKind kind) {
            JsonNode node = grader.get("formula");
            if (node == null) {
                return Optional.empty();
            }
            if (kind != GraderKind.IR_COST) {
                problem(at + ".formula", node, "only the " + GraderKind.IR_COST.id() + " grader takes a formula;"
                        + " remove it");
                return Optional.empty();
            }
            Optional<CostFormula> formula = node.isTextual() ? CostFormula.byId(node.asText()) : Optional.empty();
            if (formula.isEmpty()) {
                problem(at + ".formula", node, "unknown formula; use one of " + CostFormula.allIds()
                        + " (ratio: 100 x reference/cost; ramp-sqrt: RAMP's 100 x sqrt(reference/cost))");
            }
            return formula;
        }

        private Limits limits(JsonNode node, String at, GraderSpec grader) {
            if (!isObject(node, at)) {
                return null;
            }
            unknownFields(node, at, Set.of("caseSeconds", "runSeconds", "maxOutputBytes"));
            int caseSeconds = positive(node, at, "caseSeconds");
            boolean runs = grader != null && Set.of(GraderKind.IR_RUN, GraderKind.IR_COST, GraderKind.RV64_RUN)
                    .contains(grader.kind());
            int runSeconds = caseSeconds;
            if (runs || node.has("runSeconds")) {
                runSeconds = positive(node, at, "runSeconds");
            }
            JsonNode max = node.get("maxOutputBytes");
            long maxOutput = 0;
            if (max == null || !max.canConvertToLong() || max.asLong() <= 0) {
                problem(at + ".maxOutputBytes", max, "give the largest output a case may produce, in bytes (> 0)");
            } else {
                maxOutput = max.asLong();
            }
            return new Limits(caseSeconds, runSeconds, maxOutput);
        }

        private List<TestProgram> programs(JsonNode node) {
            List<TestProgram> programs = new ArrayList<>();
            if (!isObject(node, "programs")) {
                return programs;
            }
            unknownFields(node, "programs", Set.of("public", "hidden"));
            Map<String, String> seen = new LinkedHashMap<>();
            for (Visibility visibility : Visibility.values()) {
                String at = "programs." + visibility.folderKey();
                String relative = text(node, "programs", visibility.folderKey(), true);
                if (relative == null) {
                    continue;
                }
                Path dir = root.resolve(relative).normalize();
                if (!Files.isDirectory(dir)) {
                    problem(at, relative, "no such folder " + dir + "; create it or correct the path");
                    continue;
                }
                for (TestProgram program : programsIn(dir, at, visibility)) {
                    String earlier = seen.putIfAbsent(program.name(), at);
                    if (earlier != null) {
                        problem(at, program.name(), "program " + program.name() + " is in both " + earlier
                                + " and " + at + "; a program is either public or hidden");
                    } else {
                        programs.add(program);
                    }
                }
            }
            if (programs.isEmpty() && problems.isEmpty()) {
                problem("programs", node, "no test programs (NAME.sy) found; add some");
            }
            return programs;
        }

        private List<TestProgram> programsIn(Path dir, String at, Visibility visibility) {
            List<TestProgram> found = new ArrayList<>();
            List<Path> files;
            try (Stream<Path> listing = Files.list(dir)) {
                files = listing.sorted().toList();
            } catch (IOException e) {
                problem(at, dir.toString(), "cannot list the folder: " + e.getMessage());
                return found;
            }
            for (Path path : files) {
                String fileName = path.getFileName().toString();
                if (fileName.endsWith(".sy")) {
                    String name = fileName.substring(0, fileName.length() - 3);
                    if (!PROGRAM_NAME.matcher(name).matches()) {
                        problem(at, fileName, "program names use lowercase letters, digits and _ only; rename it");
                        continue;
                    }
                    Path stdin = dir.resolve(name + ".in");
                    found.add(new TestProgram(name, visibility, path,
                            Files.isRegularFile(stdin) ? Optional.of(stdin) : Optional.empty()));
                } else if (fileName.endsWith(".in")) {
                    String name = fileName.substring(0, fileName.length() - 3);
                    if (!Files.isRegularFile(dir.resolve(name + ".sy"))) {
                        problem(at, fileName, "input file without a program " + name + ".sy; add the program or"
                                + " remove the input");
                    }
                } else {
                    problem(at, fileName, "unexpected file; the folder holds only NAME.sy and NAME.in files");
                }
            }
            return found;
        }

        // ---- field helpers: each reports a missing or wrong field as a problem and returns a neutral value

        private String text(JsonNode node, String at, String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(path(at, field), null, "this field is required (a non-empty string)");
                }
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                problem(path(at, field), value, "give a non-empty string");
                return null;
            }
            return value.asText();
        }

        private int integer(JsonNode node, String at, String field, int fallback) {
            JsonNode value = node.get(field);
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
                problem(path(at, field), value, "give a whole number");
                return fallback;
            }
            return value.asInt();
        }

        private int positive(JsonNode node, String at, String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() <= 0) {
                problem(path(at, field), value, "give a whole number of seconds greater than 0");
                return 1;
            }
            return value.asInt();
        }

        private Path folder(JsonNode node, String at, String field, List<String> mustHold) {
            String relative = text(node, at, field, true);
            if (relative == null) {
                return null;
            }
            Path dir = root.resolve(relative).normalize();
            if (!Files.isDirectory(dir)) {
                problem(path(at, field), relative, "no such folder " + dir + "; create it or correct the path");
                return dir;
            }
            for (String name : mustHold) {
                if (!Files.isRegularFile(dir.resolve(name))) {
                    problem(path(at, field), relative, "the folder lacks " + name);
                }
            }
            return dir;
        }

        private Path file(JsonNode node, String at, String field) {
            String relative = text(node, at, field, true);
            if (relative == null) {
                return null;
            }
            Path path = root.resolve(relative).normalize();
            if (!Files.isRegularFile(path)) {
                problem(path(at, field), relative, "no such file " + path + "; create it or correct the path");
            }
            return path;
        }

        private boolean isObject(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                problem(at, node, node == null ? "this field is required (a JSON object)" : "give a JSON object");
                return false;
            }
            return true;
        }

        private void unknownFields(JsonNode node, String at, Set<String> known) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    problem(path(at, name), node.get(name), "unknown field; the fields known here are "
                            + String.join(", ", new TreeSet<>(known)));
                }
            }
        }

        private static String path(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }

        private void problem(String field, Object value, String fix) {
            String shown = value == null ? "(missing)" : value instanceof JsonNode node ? node.toString()
                    : value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
            problems.add(file + ": " + field + " = " + shown + ": " + fix);
        }
    }
}
