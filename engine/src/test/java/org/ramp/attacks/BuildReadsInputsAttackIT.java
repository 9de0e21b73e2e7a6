package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.run.StageGrader;
import org.ramp.workload.Artifacts;

/**
 * The build runs before the cases, with the toolchain: it must not read any case's input (hidden
 * programs' sources), nor leave a process behind to read them once a case is handed its own.
 */
class BuildReadsInputsAttackIT {
    private static AttackBench bench;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        bench = new AttackBench();
    }

    @AfterAll
    static void tearDown() {
        bench.close();
    }

    @Test
    void theBuildCannotReadTheCasesInputs() {
        String hidden = bench.hidden.name();
        Map<String, String> files = AttackBench.scriptSysyc("cat build/*.leak > \"$4\"\n");
        files.put("grab.sh", "ls /ramp/in\ncat /ramp/in/" + hidden + "/source.i /ramp/in/" + bench.visible.name()
                + "/source.i\n");
        // and a process left behind, to read the inputs once they are handed out
        files.put("linger.sh", "for i in $(seq 300); do cat /ramp/in/*/source.i >> \"$1/late.leak\" 2>/dev/null;"
                + " sleep 0.1; done > /dev/null 2>&1 &\n");
        files.put("CMakeLists.txt", """
                cmake_minimum_required(VERSION 3.20)
                project(sysyc NONE)
                execute_process(COMMAND sh ${CMAKE_SOURCE_DIR}/grab.sh OUTPUT_FILE ${CMAKE_BINARY_DIR}/configure.leak
                                ERROR_FILE ${CMAKE_BINARY_DIR}/configure-errors.leak)
                add_custom_target(grab ALL COMMAND sh ${CMAKE_SOURCE_DIR}/grab.sh > build.leak 2>&1 || true
                                  WORKING_DIRECTORY ${CMAKE_BINARY_DIR})
                add_custom_target(linger ALL COMMAND sh ${CMAKE_SOURCE_DIR}/linger.sh ${CMAKE_BINARY_DIR})
                configure_file(${CMAKE_SOURCE_DIR}/sysyc.sh ${CMAKE_BINARY_DIR}/sysyc COPYONLY)
                """);
        Path workspace = bench.workspace(dir, files);
        StageGrader.Outcome outcome = bench.grade("T1", workspace, dir);

        assertThat(outcome.build()).isEqualTo("ok");
        String leaked = AttackBench.read(dir.resolve("outputs").resolve(hidden).resolve(Artifacts.TOKENS));
        assertThat(leaked).contains("ls: cannot open directory '/ramp/in': Permission denied")
                .contains("/ramp/in/" + hidden + "/source.i: Permission denied")
                .doesNotContain("getint").doesNotContain("int main");
        assertThat(outcome.violations()).isEmpty();
    }
}
