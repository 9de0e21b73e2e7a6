package org.ramp.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;

class WorkloadLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final WorkloadLoader loader = new WorkloadLoader();

    /** A minimal workload folder with the repository's workload.json and two programs. */
    @BeforeEach
    void createWorkload() throws IOException {
        write("toolchain/Dockerfile", "FROM scratch\n");
        write("toolchain/packages.txt", "clang\n");
        write("starter/CMakeLists.txt", "project(x)\n");
        write("runtime/sylib.c", "");
        write("runtime/sylib.h", "");
        for (int i = 0; i <= 5; i++) {
            write("T" + i + "/TASK.md", "# T" + i + "\n");
        }
        write("programs/public/func_a.sy", "int main() { return 0; }\n");
        write("programs/public/func_a.in", "1\n");
        write("programs/hidden/func_b.sy", "int main() { return 1; }\n");
        Files.copy(RepositoryPaths.tasks().resolve("workload.json"), dir.resolve("workload.json"));
    }

    @Test
    void loadsTheRepositoryWorkload() throws WorkloadException {
        Workload workload = loader.load(RepositoryPaths.tasks());
        assertThat(workload.stageIds()).containsExactly("T0", "T1", "T2", "T3", "T4", "T5");
        assertThat(workload.programs()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(workload.programs(Visibility.PUBLIC)).isNotEmpty();
        assertThat(workload.stage("T1").grader().weight("location")).isEqualTo(0.3);
        assertThat(workload.stage("T0").checks()).extracting(Check::name).contains("configure", "version");
    }

    @Test
    void loadsAMinimalWorkloadWithItsPrograms() throws WorkloadException {
        Workload workload = loader.load(dir);
        assertThat(workload.programs()).extracting(TestProgram::name).containsExactly("func_a", "func_b");
        assertThat(workload.program("func_a").orElseThrow().stdin()).isPresent();
        assertThat(workload.program("func_b").orElseThrow().stdin()).isEmpty();
        assertThat(workload.program("func_b").orElseThrow().visibility()).isEqualTo(Visibility.HIDDEN);
        assertThat(workload.stage("T3").invocation("in.json", "out.ll"))
                .isEqualTo("build/sysyc irgen in.json -o out.ll");
    }

    @Test
    void aMissingFileIsNamedWithTheFix() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nowhere.json")))
                .isInstanceOf(WorkloadException.class)
                .hasMessageContaining("nowhere.json: no such file");
    }

    @Test
    void invalidJsonGivesLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("workload.json"), "{\n  \"name\": \"x\",\n  oops\n}\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(WorkloadException.class)
                .hasMessageContaining("workload.json: not valid JSON at line 3");
    }

    @Test
    void anUnknownGraderIsRejectedWithTheKnownOnes() throws IOException {
        edit(root -> stage(root, 1).with("grader").put("kind", "tokenz"));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(WorkloadException.class)
                .hasMessageContaining("stages[1].grader.kind = \"tokenz\": unknown grader; use one of exit-status,"
                        + " tokens, ast, ir-run, ir-cost, rv64-run");
    }

    @Test
    void aThresholdOutsideZeroToHundredIsRejected() throws IOException {
        edit(root -> stage(root, 2).put("passThreshold", 160));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("stages[2].passThreshold = 160: a threshold is a score from 0 to 100");
    }

    @Test
    void aThresholdThatIsNotANumberIsRejected() throws IOException {
        edit(root -> stage(root, 2).put("passThreshold", "sixty"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("stages[2].passThreshold = \"sixty\": give the pass threshold as a number");
    }

    @Test
    void aStageListedTwiceIsRejected() throws IOException {
        edit(root -> {
            ArrayNode stages = (ArrayNode) root.get("stages");
            stages.add(stages.get(3).deepCopy());
        });
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("stages[6].id = \"T3\": stage T3 is listed twice (stages[3] and stages[6])");
    }

    @Test
    void stagesOutOfOrderAreRejected() throws IOException {
        edit(root -> {
            ArrayNode stages = (ArrayNode) root.get("stages");
            ObjectNode t4 = (ObjectNode) stages.remove(4);
            stages.insert(3, t4);
        });
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("RAMP's metrics need exactly the stages");
    }

    @Test
    void aMissingInstructionsFileIsNamed() throws IOException {
        Files.delete(dir.resolve("T4/TASK.md"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("stages[4].instructions = \"T4/TASK.md\": no such file");
    }

    @Test
    void theT4FormulaIsRatioByDefaultAndRampSqrtOnRequest() throws IOException, WorkloadException {
        assertThat(loader.load(dir).stage("T4").grader().costFormula()).isEqualTo(CostFormula.RATIO);
        edit(root -> stage(root, 4).with("grader").remove("formula"));
        assertThat(loader.load(dir).stage("T4").grader().formula()).isEmpty();
        assertThat(loader.load(dir).stage("T4").grader().costFormula()).isEqualTo(CostFormula.RATIO);
        edit(root -> stage(root, 4).with("grader").put("formula", "ramp-sqrt"));
        assertThat(loader.load(dir).stage("T4").grader().costFormula()).isEqualTo(CostFormula.RAMP_SQRT);
    }

    @Test
    void anUnknownFormulaIsRejectedWithTheKnownOnes() throws IOException {
        edit(root -> stage(root, 4).with("grader").put("formula", "sqrt"));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(WorkloadException.class)
                .hasMessageContaining("stages[4].grader.formula = \"sqrt\": unknown formula; use one of ratio,"
                        + " ramp-sqrt");
        edit(root -> stage(root, 4).with("grader").put("formula", 2));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("stages[4].grader.formula = 2: unknown formula");
    }

    @Test
    void onlyTheCostGraderTakesAFormula() throws IOException {
        edit(root -> stage(root, 3).with("grader").put("formula", "ratio"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("stages[3].grader.formula = \"ratio\": only the ir-cost grader takes a formula;"
                        + " remove it");
    }

    @Test
    void theFormulasAgreeAtTheReferenceAndDifferAbove() {
        assertThat(CostFormula.RATIO.score(1000, 1000)).isEqualTo(100.0);
        assertThat(CostFormula.RAMP_SQRT.score(1000, 800)).isEqualTo(100.0);
        assertThat(CostFormula.RATIO.score(1000, 4000)).isEqualTo(25.0);
        assertThat(CostFormula.RAMP_SQRT.score(1000, 4000)).isEqualTo(50.0);
    }

    @Test
    void weightsMustAddUpToOne() throws IOException {
        edit(root -> stage(root, 1).with("grader").with("weights").put("flags", 0.5));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("they must add up to 1");
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() throws IOException {
        edit(root -> stage(root, 5).put("gradr", "x"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("stages[5].gradr = \"x\": unknown field; the fields known here are");
    }

    @Test
    void aStageMayOnlyReadWhatAnEarlierStageWrites() throws IOException {
        edit(root -> stage(root, 2).put("input", "opt.ll"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("stages[2].input = \"opt.ll\": a stage reads source.i or what an earlier stage");
    }

    @Test
    void theInvocationNeedsBothPlaceholders() throws IOException {
        edit(root -> stage(root, 1).put("invoke", "build/sysyc lex {input}"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("must contain both {input} and {output}");
    }

    @Test
    void checksMayOnlyFollowEarlierChecks() throws IOException {
        edit(root -> ((ObjectNode) stage(root, 0).get("checks").get(0)).put("after", "build"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("stages[0].checks[0].after = \"build\": name a check listed before this one");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        edit(root -> {
            stage(root, 1).put("passThreshold", -1);
            stage(root, 2).with("grader").put("kind", "nope");
        });
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOfSatisfying(WorkloadException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void aProgramBothPublicAndHiddenIsRejected() throws IOException {
        write("programs/hidden/func_a.sy", "int main() { return 2; }\n");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("program func_a is in both");
    }

    @Test
    void strayFilesInTheProgramFoldersAreRejected() throws IOException {
        write("programs/hidden/notes.txt", "x");
        write("programs/hidden/func_c.in", "1");
        write("programs/hidden/Bad-Name.sy", "int main() { return 0; }");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("\"notes.txt\": unexpected file")
                .hasMessageContaining("\"func_c.in\": input file without a program func_c.sy")
                .hasMessageContaining("\"Bad-Name.sy\": program names use lowercase letters");
    }

    @Test
    void aMissingProgramFolderIsNamed() throws IOException {
        edit(root -> root.with("programs").put("hidden", "programs/secret"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("programs.hidden = \"programs/secret\": no such folder");
    }

    private static ObjectNode stage(ObjectNode root, int index) {
        return (ObjectNode) root.get("stages").get(index);
    }

    private void edit(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve("workload.json").toFile());
        change.accept(root);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("workload.json").toFile(), root);
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
