package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramp.RepositoryPaths;
import org.ramp.ToolchainForTests;
import org.ramp.golden.GoldenSet;
import org.ramp.grading.CaseScore;
import org.ramp.grading.GradeCase;
import org.ramp.grading.execution.CostGrader;
import org.ramp.sandbox.BatchInputs;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.JobBatch;
import org.ramp.sandbox.JobRunner;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;
import org.ramp.workload.Artifacts;
import org.ramp.workload.CostFormula;
import org.ramp.workload.Stage;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Workload;

/**
 * Every way found to hide T4's work from the count, as real IR through the real toolchain in the image (llc,
 * the static link, callgrind): each costs at least what the honest program costs, or fails the case. The
 * tricks' IR is in the test resources (tricks/NAME.ll, each saying what it does); the linkage tricks are
 * also applied to real programs of the corpus, whose golden -O2 IR must still score 100.
 */
class CostTricksIT {
    /** The cases' files in the grade container, each case in a folder of its own. */
    private static final String CASES = BatchInputs.INPUTS;
    /** What the honest program and every trick on it print. */
    private static final String OUTPUT = "-1101172992\n";
    /** The honest program's loop: a million rounds of 7 instructions. */
    private static final long LOOP = 7_000_000;
    private static final List<String> REAL = List.of("perf_fib_recursive", "perf_matrix_multiply", "func_quick_sort");

    private static Path work;
    private static final BatchInputs files = new BatchInputs();
    private static final Map<String, CaseScore> scores = new LinkedHashMap<>();
    private static final Map<String, InstructionCount.Measurement> measured = new LinkedHashMap<>();
    private static final Map<String, Long> references = new LinkedHashMap<>();

    @BeforeAll
    static void gradeEveryTrick() throws IOException {
        Workload workload = ToolchainForTests.workload();
        Stage t4 = workload.stage("T4");
        CostGrader grader = new CostGrader(t4.limits(), CostFormula.RATIO);
        GoldenSet golden = new GoldenSet(RepositoryPaths.golden());
        work = FileTrees.temporaryFolder("ramp-t4-tricks");
        Path cases = Files.createDirectories(work.resolve("cases"));
        JobBatch batch = new JobBatch();
        Map<String, GradeCase> gradeCases = new LinkedHashMap<>();
        for (String trick : List.of("honest", "constructor", "inline-asm", "section", "alias", "escaped-names",
                "thread", "memset", "fork", "exec", "jit", "mprotect", "client-request", "writable-code",
                "executable-stack", "newline-name", "debuglink", "qsort", "pthread", "library-call", "library-jump",
                "library-return")) {
            String expected = trick.equals("qsort") ? "0" : trick.startsWith("library-") ? "0 998176\n" : OUTPUT;
            gradeCases.put(trick, prepare(cases, trick, resource("tricks/" + trick + ".ll"), expected, "0",
                    Optional.empty()));
        }
        for (String name : REAL) {
            TestProgram program = workload.program(name).orElseThrow();
            Path goldenDir = golden.programDir(name);
            String ir = Files.readString(goldenDir.resolve(Artifacts.OPTIMISED_IR));
            String stdout = Files.readString(goldenDir.resolve(Artifacts.STDOUT));
            String exit = Files.readString(goldenDir.resolve(Artifacts.EXIT_STATUS)).strip();
            references.put(name, Long.parseLong(Files.readString(goldenDir.resolve(Artifacts.OPTIMISED_COST)).strip()));
            Map<String, String> variants = Map.of("golden", ir, "private", privateEverywhere(ir),
                    "private-main", privateMainBody(ir), "escaped", escapedNames(ir));
            for (Map.Entry<String, String> variant : variants.entrySet()) {
                gradeCases.put(name + "." + variant.getKey(), prepare(cases, name + "." + variant.getKey(),
                        variant.getValue(), stdout, exit, program.stdin()));
            }
        }
        gradeCases.forEach((key, gradeCase) -> batch.addAll(key, grader.jobs(gradeCase)));
        try (DockerEngine docker = DockerEngine.connect()) {
            BatchResult results = new JobRunner(docker, ContainerProfile.offline(
                    ToolchainForTests.image(docker).tag(), "t4-tricks"))
                    .run(batch, files, work.resolve("batch"), Runtime.getRuntime().availableProcessors(),
                            Duration.ofMinutes(30), Progress.stderr());
            gradeCases.forEach((key, gradeCase) -> {
                scores.put(key, grader.score(gradeCase, results));
                measured.put(key, CostGrader.measure(gradeCase, results));
                System.out.println(key + ": " + scores.get(key));
            });
        }
    }

    @AfterAll
    static void cleanUp() {
        if (work != null) {
            FileTrees.delete(work);
        }
    }

    @Test
    void theHonestProgramIsCountedInFull() {
        assertThat(scores.get("honest").score()).isEqualTo(100.0);
        assertThat(cost("honest")).isGreaterThanOrEqualTo(LOOP).isLessThan(LOOP + 100);
    }

    @Test
    void workMovedToAConstructorAnAliasASectionAnEscapedNameOrAThreadIsCounted() {
        for (String trick : List.of("constructor", "section", "alias", "escaped-names", "memset")) {
            // right output, so scored by its cost, and that cost holds all of the work
            assertThat(scores.get(trick).score()).as(trick + ": " + scores.get(trick)).isPositive();
            assertThat(cost(trick)).as(trick).isGreaterThanOrEqualTo(cost("honest"));
        }
    }

    @Test
    void workMovedToAThreadGainsNothing() {
        // the run step has one process, so the thread cannot start and the case fails; were it allowed,
        // callgrind would count its instructions like the main thread's
        CaseScore thread = scores.get("thread");
        assertThat(thread.score() == 0 || cost("thread") >= cost("honest")).as("thread: " + thread).isTrue();
    }

    @Test
    void anInlineAssemblyLoopIsCounted() {
        // the same loop written by hand: two instructions of set-up fewer, every one of its rounds counted
        assertThat(cost("inline-asm")).isGreaterThanOrEqualTo(LOOP).isGreaterThan(cost("honest") - 8);
    }

    @Test
    void whatCouldRunCodeTheProfileDoesNotSeeFailsTheCase() {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("fork", "system call 57 sys_fork");
        evidence.put("exec", "system call 59 sys_execve");
        evidence.put("jit", "system call 9 sys_mmap ( 0x0, 4096, 7,");
        evidence.put("mprotect", "system call 10 sys_mprotect");
        evidence.put("client-request", "holds a valgrind client request");
        evidence.put("writable-code", "is both writable and executable");
        evidence.put("executable-stack", "its stack is executable");
        evidence.put("newline-name", "a symbol name with white space or control characters: \"work\\x0a0x401000 5\"");
        evidence.put("debuglink", "a .gnu_debugaltlink section");
        evidence.put("qsort", "it uses \"qsort\"");
        evidence.put("pthread", "it uses \"pthread_create\", \"pthread_join\"");
        // qsort is linked into every program: reached by a computed address, by a call, a jump or a return
        for (String way : List.of("library-call", "library-jump", "library-return")) {
            evidence.put(way, "entered the C library other than through the runtime's functions");
        }
        evidence.forEach((trick, why) -> {
            assertThat(scores.get(trick).score()).as(trick + ": " + scores.get(trick)).isZero();
            // the case's reason is the first failure found: a fork the process limit refused changes the
            // output before the count is looked at; the count refuses the trick with its evidence anyway
            assertThat(measured.get(trick)).as(trick + ": " + measured.get(trick))
                    .matches(m -> m instanceof InstructionCount.Refused r && r.ruleViolation()
                            && r.reason().contains(why));
        });
        assertThat(refusal("library-call")).contains("(qsort)");
        assertThat(refusal("library-jump")).contains("(qsort)");
    }

    @Test
    void goldenO2OutputScores100AndLinkageTricksOnRealProgramsCostAtLeastAsMuch() {
        for (String name : REAL) {
            assertThat(scores.get(name + ".golden").score()).as(name).isEqualTo(100.0);
            assertThat(cost(name + ".golden")).as(name).isEqualTo(references.get(name));
            for (String variant : List.of("private", "private-main", "escaped")) {
                String key = name + "." + variant;
                assertThat(scores.get(key).reason()).as(key).contains("instructions");
                assertThat(cost(key)).as(key).isGreaterThanOrEqualTo(references.get(name));
            }
        }
    }

    private static String refusal(String key) {
        return ((InstructionCount.Refused) measured.get(key)).reason();
    }

    private static long cost(String key) {
        InstructionCount.Measurement measurement = measured.get(key);
        assertThat(measurement).as(key + ": " + scores.get(key)).isInstanceOf(InstructionCount.Counted.class);
        return ((InstructionCount.Counted) measurement).instructions();
    }

    /** A case folder with the candidate IR, its expected behaviour (opt.cost: the honest count) and input. */
    private static GradeCase prepare(Path cases, String key, String ir, String stdout, String exit,
            Optional<Path> stdin) throws IOException {
        Path dir = Files.createDirectories(cases.resolve(key));
        Path expected = Files.createDirectories(work.resolve("expected").resolve(key));
        Files.writeString(dir.resolve(Artifacts.OPTIMISED_IR), ir);
        files.file(CASES + "/" + key + "/" + Artifacts.OPTIMISED_IR, dir.resolve(Artifacts.OPTIMISED_IR));
        Files.writeString(expected.resolve(Artifacts.STDOUT), stdout);
        Files.writeString(expected.resolve(Artifacts.EXIT_STATUS), exit + "\n");
        long reference = references.getOrDefault(key.split("\\.")[0], LOOP + 15);
        Files.writeString(expected.resolve(Artifacts.OPTIMISED_COST), reference + "\n");
        Optional<String> input = Optional.empty();
        if (stdin.isPresent()) {
            Files.copy(stdin.get(), dir.resolve("input.txt"));
            files.file(CASES + "/" + key + "/input.txt", dir.resolve("input.txt"));
            input = Optional.of(CASES + "/" + key + "/input.txt");
        }
        return new GradeCase(key, key, dir, CASES + "/" + key, Artifacts.OPTIMISED_IR, input, expected,
                Optional.empty());
    }

    // ---- the linkage tricks, applied to real IR

    private static final Pattern DEFINE = Pattern.compile("(?m)^define dso_local ([^@\\n]*)@(\\w+)\\(");

    /** Every function but main private: no symbol, no name in the profile. */
    static String privateEverywhere(String ir) {
        Matcher matcher = DEFINE.matcher(ir);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(2).equals("main") ? matcher.group()
                    : "define private " + matcher.group(1) + "@" + matcher.group(2) + "(";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    /** main renamed to a private function that a two-line main calls. */
    static String privateMainBody(String ir) {
        String renamed = ir.replaceFirst("(?m)^define dso_local i32 @main\\(\\)", "define private i32 @main.body()");
        return renamed + "\ndefine dso_local i32 @main() {\n  %r = call i32 @main.body()\n  ret i32 %r\n}\n";
    }

    /** Every function but main named "\01NAME", which LLVM emits without mangling. */
    static String escapedNames(String ir) {
        String result = ir;
        Matcher matcher = DEFINE.matcher(ir);
        while (matcher.find()) {
            if (!matcher.group(2).equals("main")) {
                result = result.replaceAll("@" + matcher.group(2) + "(?![\\w.])",
                        Matcher.quoteReplacement("@\"\\01" + matcher.group(2) + "\""));
            }
        }
        return result.replaceAll("(?m)^define dso_local ([^@\\n]*@\"\\\\01)", "define internal $1");
    }

    private static String resource(String name) {
        try (InputStream in = CostTricksIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
