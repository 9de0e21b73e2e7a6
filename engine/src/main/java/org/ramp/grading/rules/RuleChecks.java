package org.ramp.grading.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramp.grading.GradeCase;
import org.ramp.sandbox.BatchInputs;
import org.ramp.sandbox.BatchResult;
import org.ramp.sandbox.Job;
import org.ramp.sandbox.JobBatch;
import org.ramp.sandbox.JobResult;
import org.ramp.workload.GraderKind;
import org.ramp.workload.Stage;

/**
 * The stages' rules, checked in the grade phase. Running the reference toolchain is impossible for the
 * program under assessment (the image lets only the toolchain's group execute it); what this class
 * adds is the evidence: tripwires hit, tools refused, and what the build produced that a stage forbids
 * it to link, found by a trusted inspection step (inspect.py) in every ELF file and archive of the
 * project tree. Each violation is a sentence naming what was done or found.
 */
public final class RuleChecks {
    static final String INSPECT = "inspect";
    static final String INSPECTOR = BatchInputs.input("ramp-inspector", "inspect.py");
    private static final String RULES = "/opt/ramp/rules/";
    private static final int MAX_VIOLATIONS = 20;
    /** A shell or the program reporting that a tool of the toolchain could not be executed. */
    private static final Pattern REFUSED = Pattern.compile("((?:/[\\w.+-]+)*/)?((?:clang|llc|opt|lli|llvm-[\\w.-]+"
            + "|ld\\.lld|lld|gcc|g\\+\\+|cc1\\w*|collect2|lto1|as|ld|ld\\.bfd|ld\\.gold|x86_64-linux-gnu-[\\w.+-]+"
            + "|riscv64-linux-gnu-[\\w.+-]+|python3(?:\\.\\d+)?|perl)(?:-\\d+)?): Permission denied");

    /** A component a stage forbids: its list in the image, and whether defining its symbols counts too. */
    private enum Rule {
        LIBCLANG("libclang", true, "clang's libraries (libclang)"),
        LOADERS("loaders", false, "loading or running code at run time, which no inspection can see"),
        TRANSFORMS("transforms", true, "LLVM's transformations"),
        PIPELINES("pipelines", true, "PassBuilder's ready-made pipelines and textual pipeline parsers"),
        SIMPLIFIERS("simplifiers", false, "LLVM's instruction simplifiers"),
        CODEGEN("codegen", true, "LLVM's code generator and targets"),
        MC("mc", false, "LLVM's MC layer");

        final String list;
        final boolean definitions;
        final String what;

        Rule(String list, boolean definitions, String what) {
            this.list = list;
            this.definitions = definitions;
            this.what = what;
        }
    }

    private RuleChecks() {
    }

    private static List<Rule> rules(Stage stage) {
        GraderKind kind = stage.grader().kind();
        List<Rule> rules = new ArrayList<>(List.of(Rule.LIBCLANG, Rule.LOADERS));
        if (kind == GraderKind.IR_COST) {
            rules.addAll(List.of(Rule.TRANSFORMS, Rule.PIPELINES, Rule.SIMPLIFIERS));
        } else if (kind == GraderKind.RV64_RUN) {
            rules.addAll(List.of(Rule.CODEGEN, Rule.MC));
        }
        return rules;
    }

    /** Adds the inspection of the project tree, after the build, to a stage on programs. */
    public static void plan(Stage stage, BatchInputs files, JobBatch batch, String tree, String build) {
        if (!stage.runsOnPrograms()) {
            return;
        }
        files.bytes(INSPECTOR, inspector());
        StringBuilder command = new StringBuilder("exec python3 -S " + INSPECTOR + " " + tree);
        for (Rule rule : rules(stage)) {
            command.append(rule.definitions ? " --any " : " --import ").append(rule.name()).append('=')
                    .append(RULES).append(rule.list).append(".txt");
        }
        command.append(" --needed LIBCLANG=libclang");
        batch.add(INSPECT, Job.inOwnFolder(INSPECT, command.toString(), 600, 1 << 20).withToolchain()
                .granting(INSPECTOR).after(build));
    }

    /**
     * What the stage's program did or holds that the stage's rules forbid; empty when nothing.
     *
     * @param breaches the cases' own breaches of the stage's rules, as their grader found them (T4's count)
     */
    public static List<String> violations(Stage stage, BatchResult results, List<GradeCase> cases, String program,
            List<String> breaches) {
        Set<String> found = new LinkedHashSet<>();
        for (BatchResult.Tripwire hit : results.tripwires()) {
            found.add(who(hit.jobId(), program) + " ran " + clean(hit.attempt()) + ", which the stage's rules"
                    + " forbid; it was refused");
        }
        for (GradeCase gradeCase : cases) {
            gradeCase.producedBy().ifPresent(job -> refused(results.get(job), who(job, program), found));
            refused(results.get(gradeCase.job("run")), who(gradeCase.job("run"), program), found);
            embedded(gradeCase, found);
        }
        found.addAll(breaches);
        if (stage.runsOnPrograms() && results.results().containsKey(INSPECT)) {
            inspection(stage, results.get(INSPECT), found);
        }
        List<String> violations = new ArrayList<>(found);
        if (violations.size() > MAX_VIOLATIONS) {
            int more = violations.size() - MAX_VIOLATIONS;
            violations = new ArrayList<>(violations.subList(0, MAX_VIOLATIONS));
            violations.add("and " + more + " more");
        }
        return violations;
    }

    /** The inspection's findings, one sentence per file, way and rule, naming a few of the symbols. */
    private static void inspection(Stage stage, JobResult inspect, Set<String> found) {
        if (inspect.outcome() == JobResult.Outcome.SKIPPED) {
            return;
        }
        if (!inspect.succeeded()) {
            found.add("what the build produced could not be inspected (" + inspect.describe() + "): "
                    + clean(org.ramp.util.Text.lastLines(inspect.stderrTail(), 3)));
            return;
        }
        for (String line : inspect.stdoutText().split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length < 5) {
                continue;
            }
            String file = clean(fields[0]);
            String how = fields[1];
            List<String> shown = new ArrayList<>();
            for (int i = 4; i < fields.length; i++) {
                shown.add(clean(fields[i]));
            }
            if (how.equals("uninspectable")) {
                found.add(file + " cannot be inspected (" + shown.get(0) + "); the build's files must be well-formed");
                continue;
            }
            Rule rule;
            int count;
            try {
                rule = Rule.valueOf(fields[2]);
                count = Integer.parseInt(fields[3]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            String forbids = rule.what + ", which " + stage.id() + " forbids";
            if (how.equals("links")) {
                shown.forEach(library -> found.add(file + " links " + library + ": " + forbids));
                continue;
            }
            found.add(file + " " + how + " " + count + (count == 1 ? " symbol" : " symbols") + " of " + forbids + ": "
                    + String.join(", ", shown) + (count > shown.size() ? ", ..." : ""));
        }
    }

    /** A tool the step could not execute, as its shell or the program reported it on stderr. */
    private static void refused(JobResult result, String who, Set<String> found) {
        Matcher matcher = REFUSED.matcher(result.stderrTail());
        if (matcher.find()) {
            String path = (matcher.group(1) == null ? "" : matcher.group(1)) + matcher.group(2);
            found.add(who + " tried to run " + clean(path) + " (permission denied: the stage's rules forbid it)");
        }
    }

    /** Assembler directives that pull a file into the program: a way to smuggle data past the rules. */
    private static void embedded(GradeCase gradeCase, Set<String> found) {
        String candidate = gradeCase.candidate();
        if (!candidate.endsWith(".ll") && !candidate.endsWith(".s")) {
            return;
        }
        try {
            if (!Files.isRegularFile(gradeCase.candidateFile(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            String text = new String(Files.readAllBytes(gradeCase.candidateFile()), StandardCharsets.ISO_8859_1)
                    .toLowerCase(java.util.Locale.ROOT);
            for (String directive : List.of(".incbin", ".include")) {
                if (text.contains(directive)) {
                    found.add("the " + candidate + " of " + gradeCase.name() + " uses " + directive
                            + ", which pulls a file into the program");
                }
            }
        } catch (IOException e) {
            // an unreadable output is the grader's to report
        }
    }

    /** "build/sysyc lex (case NAME)" or "the program of case NAME" for a step id. */
    private static String who(String jobId, String program) {
        int dot = jobId.lastIndexOf('.');
        String name = dot > 0 ? jobId.substring(0, dot) : jobId;
        String step = dot > 0 ? jobId.substring(dot + 1) : "";
        return switch (step) {
            case "produce" -> program + " (case " + name + ")";
            case "run" -> "the compiled program of case " + name;
            default -> "step " + jobId;
        };
    }

    /** Untrusted text, shown in reports and logs: control characters replaced, length bounded. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(300).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    private static byte[] inspector() {
        try (InputStream in = RuleChecks.class.getResourceAsStream("inspect.py")) {
            if (in == null) {
                throw new IllegalStateException("inspect.py is missing from the engine's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
