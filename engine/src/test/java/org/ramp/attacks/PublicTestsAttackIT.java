package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.CannedResponse;
import org.ramp.results.CaseResult;
import org.ramp.results.StageResult;
import org.ramp.run.RunFixture;

/**
 * The agent rewrites the public cases' expected outputs to what its lexer prints ("garbage"), and makes
 * its lexer print exactly that. Grades come from the engine's own golden files: the case scores 0.
 */
class PublicTestsAttackIT {
    private static RunFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        fixture = new RunFixture();
    }

    @AfterAll
    static void close() {
        fixture.docker.close();
    }

    @Test
    void editedPublicTestsChangeNoGrade() throws Exception {
        List<CannedResponse> script = new ArrayList<>(fixture.solveT0());
        script.add(shell("t1-vandal", "cat > src/lex/lex.cpp <<'EOF'\n#include <fstream>\n#include \"stages.h\"\n"
                + "namespace sysyc {\nint runLex(const std::string &, const std::string &out) {\n"
                + "  std::ofstream(out) << \"garbage\\n\";\n  return 0;\n}\n}  // namespace sysyc\nEOF\n"
                + "for f in tests/cases/*/tokens.txt; do echo garbage > $f; done; cmake --build build | tail -1;"
                + " ./build/sysyc lex x -o /tmp/t && diff /tmp/t tests/cases/*/tokens.txt && echo SAME"));
        script.add(RunFixture.finish("t1-done"));
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("vandal"), 2, script);

        assertThat(run.toolResult("t1-vandal")).contains("SAME");
        String publicCase = fixture.programs.get(0).name();
        assertThat(run.runDir().resolve("workspace/tests/cases/" + publicCase + "/tokens.txt")).hasContent("garbage");
        StageResult t1 = run.stage("T1");
        assertThat(t1.grade().build()).isEqualTo("ok");
        assertThat(t1.cases()).hasSize(2).allSatisfy(c -> assertThat(c.score()).isZero());
        CaseResult graded = t1.cases().stream().filter(c -> c.name().equals(publicCase)).findFirst().orElseThrow();
        assertThat(graded.reason()).isNotBlank().isNotEqualTo("ok");
        assertThat(Files.readString(fixture.golden.programDir(publicCase).resolve("tokens.txt")))
                .isNotEqualTo("garbage\n");
    }
}
