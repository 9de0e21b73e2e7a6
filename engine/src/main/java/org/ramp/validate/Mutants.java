package org.ramp.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramp.grading.ast.AstJson;
import org.ramp.grading.tokens.Token;
import org.ramp.grading.tokens.TokenDump;
import org.ramp.workload.Artifacts;
import org.ramp.workload.GraderKind;

/**
 * Wrong outputs made from a golden one, each of which a sound grader must score below 100: a dropped or
 * changed token, a wrong type or constant, a wrong exit status, extra output, a slower but correct IR,
 * an assembly that crashes, and malformed files.
 */
public final class Mutants {
    /** The name main is renamed to when a mutant wraps it. */
    static final String ORIGINAL_MAIN = "ramp.original.main";
    private static final Pattern MAIN_DEFINITION = Pattern.compile("(?m)^define (?:dso_local )?i32 @main\\(\\)");

    private Mutants() {
    }

    /** What the do-nothing output of each stage is: T4's input unchanged, an empty file for the others. */
    private static final Map<GraderKind, String> DO_NOTHING = Map.of(GraderKind.EXIT_STATUS, "as-delivered",
            GraderKind.TOKENS, "empty", GraderKind.AST, "empty", GraderKind.IR_RUN, "empty",
            GraderKind.IR_COST, "unoptimised", GraderKind.RV64_RUN, "empty");

    /**
     * A named output made from a golden one: a wrong output, which must score below 100, or a probe, an
     * output scored only to be reported (what LLVM's own passes reach on T4).
     *
     * @param optPasses when present, {@code content} is an IR that {@code opt -passes=PIPELINE} turns into
     *                  the output, in the validation container
     */
    public record Mutant(String name, byte[] content, Optional<String> optPasses, boolean probe) {
        public Mutant(String name, byte[] content) {
            this(name, content, Optional.empty(), false);
        }
    }

    /** The name of the mutant that is the stage's do-nothing output, which must fail the stage. */
    public static String doNothing(GraderKind kind) {
        return DO_NOTHING.get(kind);
    }

    /** The mutants of a stage's golden output for one program; those that do not apply are left out. */
    public static List<Mutant> of(GraderKind kind, Path goldenDir, String output) {
        String golden = read(goldenDir.resolve(output));
        List<Mutant> mutants = new ArrayList<>();
        switch (kind) {
            case TOKENS -> {
                add(mutants, "dropped-token", dropToken(golden));
                add(mutants, "changed-spelling", changeToken(golden, t -> t.kind().equals("identifier"),
                        line -> line.replaceFirst(" '", " 'x_")));
                add(mutants, "shifted-location", changeToken(golden, t -> true, Mutants::shiftColumn));
                add(mutants, "changed-flags", changeToken(golden, t -> !t.kind().equals("eof"), Mutants::toggleSpace));
                add(mutants, "garbage", Optional.of(garbage(goldenDir)));
                add(mutants, "empty", Optional.of(""));
            }
            case AST -> {
                add(mutants, "changed-type", editAst(golden, Mutants::changeType));
                add(mutants, "changed-constant", editAst(golden, Mutants::changeConstant));
                add(mutants, "dropped-node", editAst(golden, Mutants::dropNode));
                add(mutants, "renamed-declaration", editAst(golden, Mutants::renameDeclaration));
                add(mutants, "invalid-json", Optional.of(golden.substring(0, golden.length() / 2)));
                add(mutants, "empty", Optional.of(""));
            }
            case IR_RUN -> {
                add(mutants, "wrong-exit-status", wrapMain(golden, "", "add i32 %r, 1"));
                add(mutants, "extra-output", wrapMain(golden, "call void @putch(i32 35)", "add i32 %r, 0")
                        .map(Mutants::declarePutch));
                add(mutants, "invalid-ir", Optional.of(golden.substring(0, golden.length() / 2)));
                add(mutants, "empty", Optional.of(""));
            }
            case IR_COST -> {
                add(mutants, "slower-but-correct", busyLoopBeforeMain(golden));
                String unoptimised = read(goldenDir.resolve(Artifacts.IR));
                add(mutants, "unoptimised", Optional.of(unoptimised));
                byte[] optimisable = withoutOptnone(unoptimised).getBytes(StandardCharsets.UTF_8);
                OPT_LEVELS.forEach((name, passes) -> mutants.add(new Mutant(name, optimisable, Optional.of(passes),
                        true)));
                add(mutants, "wrong-exit-status", wrapMain(golden, "", "add i32 %r, 1"));
                add(mutants, "invalid-ir", Optional.of(golden.substring(0, golden.length() / 2)));
            }
            case RV64_RUN -> {
                int exit = Integer.parseInt(read(goldenDir.resolve(Artifacts.EXIT_STATUS)).strip());
                add(mutants, "crash", atMainEntry(golden, "\tld\tt0, 0(zero)\n"));
                add(mutants, "wrong-exit-status", atMainEntry(golden, "\tli\ta0, " + ((exit + 1) & 255)
                        + "\n\ttail\texit\n"));
                add(mutants, "truncated", Optional.of(golden.substring(0, golden.length() / 2)));
                add(mutants, "empty", Optional.of(""));
            }
            case EXIT_STATUS -> throw new IllegalArgumentException("T0's mutant is the starting project itself");
        }
        return mutants;
    }

    /** LLVM's own pipelines on the -O0 IR: what T4's formula gives mem2reg alone and each -O level. */
    private static final Map<String, String> OPT_LEVELS = orderedMap("mem2reg-only", "mem2reg", "opt-O1",
            "default<O1>", "opt-O2", "default<O2>", "opt-O3", "default<O3>");

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** clang -O0 marks every function optnone and noinline, which would stop opt; an optimiser may drop both. */
    static String withoutOptnone(String ir) {
        return ir.lines().map(line -> line.startsWith("attributes #")
                ? line.replaceAll("\\b(?:optnone|noinline) ", "") : line)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    private static void add(List<Mutant> mutants, String name, Optional<String> content) {
        content.ifPresent(text -> mutants.add(new Mutant(name, text.getBytes(StandardCharsets.UTF_8))));
    }

    // ---- token listings

    private static Optional<String> dropToken(String golden) {
        List<String> lines = tokenLines(golden);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        lines.remove(lines.size() / 2);
        return Optional.of(String.join("\n", lines) + "\n");
    }

    /** Edits the first token, from the middle of the listing on, that the filter accepts. */
    private static Optional<String> changeToken(String golden, Predicate<Token> filter,
            java.util.function.UnaryOperator<String> edit) {
        List<String> lines = tokenLines(golden);
        for (int offset = 0; offset < lines.size(); offset++) {
            int i = (lines.size() / 2 + offset) % lines.size();
            Optional<Token> token = TokenDump.parse(lines.get(i));
            if (token.isPresent() && filter.test(token.get())) {
                lines.set(i, edit.apply(lines.get(i)));
                return Optional.of(String.join("\n", lines) + "\n");
            }
        }
        return Optional.empty();
    }

    private static List<String> tokenLines(String golden) {
        return new ArrayList<>(TokenDump.lines(golden.getBytes(StandardCharsets.UTF_8)).stream()
                .map(TokenDump.Line::text).toList());
    }

    private static String shiftColumn(String line) {
        Matcher matcher = Pattern.compile(":(\\d+)>$").matcher(line);
        return matcher.find() ? matcher.replaceFirst(":" + (Integer.parseInt(matcher.group(1)) + 1) + ">") : line;
    }

    private static String toggleSpace(String line) {
        return line.contains("[LeadingSpace]") ? line.replace(" [LeadingSpace]", "")
                : line.replaceFirst("\t([^\t]*)\tLoc=<", "\t$1 [LeadingSpace]\tLoc=<");
    }

    private static String garbage(Path goldenDir) {
        Random random = new Random(goldenDir.getFileName().toString().hashCode());
        byte[] bytes = new byte[4096];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    // ---- ASTs

    private static Optional<String> editAst(String golden, Predicate<JsonNode> edit) {
        try {
            JsonNode tree = AstJson.read(golden.getBytes(StandardCharsets.UTF_8));
            return edit.test(tree) ? Optional.of(AstJson.print(tree)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("golden AST is not valid JSON", e);
        }
    }

    private static boolean changeType(JsonNode root) {
        return first(root, node -> node.path("type").has("qualType")).map(node -> {
            ObjectNode type = (ObjectNode) node.get("type");
            String qualType = type.get("qualType").asText();
            type.set("qualType", new TextNode(qualType.equals("float") ? "int" : qualType.equals("int") ? "float"
                    : qualType + " *"));
            return true;
        }).orElse(false);
    }

    private static boolean changeConstant(JsonNode root) {
        return first(root, node -> node.path("kind").asText().equals("IntegerLiteral")).map(node -> {
            ((ObjectNode) node).set("value", new TextNode(node.path("value").asText() + "1"));
            return true;
        }).orElse(false);
    }

    private static boolean renameDeclaration(JsonNode root) {
        return first(root, node -> node.path("kind").asText().endsWith("Decl") && node.has("name")).map(node -> {
            ((ObjectNode) node).set("name", new TextNode(node.path("name").asText() + "_x"));
            return true;
        }).orElse(false);
    }

    /** Removes the last child of the last top-level declaration that has children. */
    private static boolean dropNode(JsonNode root) {
        JsonNode declarations = root.path("inner");
        for (int i = declarations.size() - 1; i >= 0; i--) {
            JsonNode inner = declarations.get(i).path("inner");
            if (inner.isArray() && !inner.isEmpty()) {
                ((ArrayNode) inner).remove(inner.size() - 1);
                return true;
            }
        }
        return false;
    }

    /** The first node in pre-order, below the root, that the filter accepts. */
    private static Optional<JsonNode> first(JsonNode node, Predicate<JsonNode> filter) {
        for (String key : List.of("inner", "array_filler")) {
            for (JsonNode child : node.path(key)) {
                if (filter.test(child)) {
                    return Optional.of(child);
                }
                Optional<JsonNode> found = first(child, filter);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    // ---- LLVM IR

    /**
     * Renames main and adds a new main that runs {@code before}, calls the original and returns the
     * result of {@code result} (an instruction over %r): the behaviour changes, the IR stays valid.
     */
    private static Optional<String> wrapMain(String ir, String before, String result) {
        Matcher matcher = MAIN_DEFINITION.matcher(ir);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String renamed = ir.replace("@main(", "@\"" + ORIGINAL_MAIN + "\"(");
        return Optional.of(renamed + "\ndefine i32 @main() {\n" + (before.isEmpty() ? "" : "  " + before + "\n")
                + "  %r = call i32 @\"" + ORIGINAL_MAIN + "\"()\n  %s = " + result + "\n  ret i32 %s\n}\n");
    }

    private static String declarePutch(String ir) {
        return Pattern.compile("(?m)^declare [^\\n]*@putch\\(").matcher(ir).find() ? ir
                : ir + "\ndeclare void @putch(i32)\n";
    }

    /** A correct IR that counts to 100000 before running the program: slower, same behaviour. */
    private static Optional<String> busyLoopBeforeMain(String ir) {
        Matcher matcher = MAIN_DEFINITION.matcher(ir);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String renamed = ir.replace("@main(", "@\"" + ORIGINAL_MAIN + "\"(");
        return Optional.of(renamed + """

                define i32 @main() {
                entry:
                  br label %loop
                loop:
                  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
                  %next = add i32 %i, 1
                  %done = icmp eq i32 %next, 100000
                  br i1 %done, label %run, label %loop
                run:
                """ + "  %r = call i32 @\"" + ORIGINAL_MAIN + "\"()\n  ret i32 %r\n}\n");
    }

    // ---- RV64 assembly

    private static Optional<String> atMainEntry(String assembly, String instructions) {
        Matcher matcher = Pattern.compile("(?m)^main:[^\\n]*\\n").matcher(assembly);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(assembly.substring(0, matcher.end()) + instructions + assembly.substring(matcher.end()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the golden file " + file + "; run: ramp golden generate", e);
        }
    }
}
