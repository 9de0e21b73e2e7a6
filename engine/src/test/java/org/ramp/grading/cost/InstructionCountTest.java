package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstructionCountTest {
    @TempDir
    Path dir;

    static InstructionCount.RunFiles work() {
        return new InstructionCount.RunFiles(Fixtures.bytes("work", "program.o"), Fixtures.bytes("work", "program"),
                Fixtures.bytes("work", "program.map"), Fixtures.bytes("work", "callgrind.out"),
                Fixtures.bytes("work", "valgrind.log"));
    }

    @Test
    void anHonestRunCostsTheInstructionsOutsideTheLibraries() {
        assertThat(InstructionCount.measure(work(), Fixtures.command("work")))
                .isEqualTo(new InstructionCount.Counted(7000015, 7018536));
    }

    @Test
    void filesOfAnotherRunAreRefused() {
        assertThat(InstructionCount.measure(work(), "/elsewhere/program"))
                .isEqualTo(new InstructionCount.Refused("the profile and the log are not of the run of /elsewhere/program",
                        false));
        InstructionCount.RunFiles w = work();
        InstructionCount.RunFiles otherLog = new InstructionCount.RunFiles(w.object(), w.program(), w.map(),
                w.profile(), Fixtures.bytes("thread", "valgrind.log"));
        assertThat(InstructionCount.measure(otherLog, Fixtures.command("work")))
                .isInstanceOf(InstructionCount.Refused.class);
    }

    @Test
    void aRunThatDidNotEndUnderValgrindHasNoCost() {
        InstructionCount.RunFiles w = work();
        String log = new String(w.log(), StandardCharsets.ISO_8859_1);
        byte[] cut = log.substring(0, log.indexOf("== Events")).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(InstructionCount.measure(new InstructionCount.RunFiles(w.object(), w.program(), w.map(),
                w.profile(), cut), Fixtures.command("work")))
                .matches(m -> m instanceof InstructionCount.Refused r && r.reason().contains("did not end under valgrind"));
        assertThat(InstructionCount.measure(new InstructionCount.RunFiles(w.object(), w.program(), w.map(), null,
                w.log()), Fixtures.command("work")))
                .matches(m -> m instanceof InstructionCount.Refused r && !r.ruleViolation()
                        && r.reason().startsWith("the counted run left no callgrind.out"));
    }

    @Test
    void aRuleBrokenIsSaidSo() {
        InstructionCount.RunFiles w = work();
        InstructionCount.RunFiles forked = new InstructionCount.RunFiles(w.object(), w.program(), w.map(), w.profile(),
                Fixtures.bytes("fork", "valgrind.log"));
        assertThat(InstructionCount.measure(forked, Fixtures.command("work")))
                .matches(m -> m instanceof InstructionCount.Refused r && r.ruleViolation()
                        && r.reason().startsWith("the program made system calls T4 does not allow: system call 57"));
        InstructionCount.RunFiles qsort = new InstructionCount.RunFiles(Fixtures.bytes("qsort", "program.o"),
                w.program(), w.map(), w.profile(), w.log());
        assertThat(InstructionCount.measure(qsort, Fixtures.command("work")))
                .matches(m -> m instanceof InstructionCount.Refused r && r.ruleViolation()
                        && r.reason().startsWith("the compiled program breaks T4's rules: it uses \"qsort\""));
    }

    @Test
    void filesAreReadFromTheCaseFolderButNeverThroughALink() throws IOException {
        InstructionCount.RunFiles w = work();
        Files.write(dir.resolve("program.o"), w.object());
        Files.write(dir.resolve("program"), w.program());
        Files.write(dir.resolve("program.map"), w.map());
        Files.write(dir.resolve("valgrind.log"), w.log());
        Files.write(dir.resolve("elsewhere.out"), w.profile());
        Files.createSymbolicLink(dir.resolve("callgrind.out"), dir.resolve("elsewhere.out"));
        assertThat(InstructionCount.measure(dir, "program", Fixtures.command("work")))
                .matches(m -> m instanceof InstructionCount.Refused r && r.reason().contains("no callgrind.out"));
        Files.delete(dir.resolve("callgrind.out"));
        Files.write(dir.resolve("callgrind.out"), w.profile());
        assertThat(InstructionCount.measure(dir, "program", Fixtures.command("work")))
                .isEqualTo(new InstructionCount.Counted(7000015, 7018536));
    }
}
