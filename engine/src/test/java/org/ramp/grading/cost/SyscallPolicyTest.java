package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyscallPolicyTest {

    @Test
    void anHonestRunMakesOnlyAllowedCalls() {
        ValgrindLog log = ValgrindLog.parse(Fixtures.bytes("work", "valgrind.log"));
        assertThat(log.pid()).isPositive();
        assertThat(log.command()).isEqualTo(Fixtures.command("work"));
        assertThat(log.collected()).hasValue(7018536);
        assertThat(log.syscalls()).extracting(ValgrindLog.Syscall::number).contains(12, 231);
        assertThat(SyscallPolicy.violations(log)).isEmpty();
    }

    @Test
    void aThreadIsAllowed() {
        assertThat(SyscallPolicy.violations(ValgrindLog.parse(Fixtures.bytes("thread", "valgrind.log")))).isEmpty();
    }

    @Test
    void aForkIsRefusedAndTheChildIsSeen() {
        // the child did the work: the parent's profile, which overwrote the child's, counts 16779 instructions
        assertThat(CallgrindProfile.parse(Fixtures.bytes("fork", "callgrind.out")).total()).isLessThan(20000);
        ValgrindLog log = ValgrindLog.parse(Fixtures.bytes("fork", "valgrind.log"));
        assertThat(SyscallPolicy.violations(log)).anyMatch(v -> v.startsWith("system call 57 sys_fork"))
                .anyMatch(v -> v.startsWith("another process (pid ") && v.contains(") ran: "));
    }

    @Test
    void anExecAndAnExecutableMappingAreRefused() {
        assertThat(SyscallPolicy.violations(ValgrindLog.parse(Fixtures.bytes("exec", "valgrind.log"))))
                .singleElement().asString().startsWith("system call 59 sys_execve ( 0x479008(/bin/true)");
        assertThat(SyscallPolicy.violations(ValgrindLog.parse(Fixtures.bytes("jit", "valgrind.log"))))
                .singleElement().asString().startsWith("system call 9 sys_mmap ( 0x0, 4096, 7,");
    }

    @Test
    void argumentsDecide() {
        assertThat(violations("SYSCALL[7,1](10) sys_mprotect ( 0x401000, 4096, 5 )[sync] --> Success(0x0)"))
                .hasSize(1);
        assertThat(violations("SYSCALL[7,1](10) sys_mprotect ( 0x4c1000, 16384, 1 )[sync] --> Success(0x0)"))
                .isEmpty();
        assertThat(violations("SYSCALL[7,1](56) sys_clone ( 1200011, 0x0, 0x0, 0x4000650, 0x0 ) --> x")).hasSize(1);
        assertThat(violations("SYSCALL[7,1](56) sys_clone ( 50f00, 0x4d72f0, 0x0, 0x3, 0x0 ) --> x")).isEmpty();
        assertThat(violations("SYSCALL[7,1](0) sys_read ( 3, 0x4001260, 4096 ) --> [async] ...")).hasSize(1);
        assertThat(violations("SYSCALL[7,1](1) sys_write ( 1, 0x4001260, 12 ) --> [async] ...")).isEmpty();
        assertThat(violations("SYSCALL[7,1](8) sys_lseek ( 2, 0, 0 )[sync] --> Success(0x0)")).hasSize(1);
        assertThat(violations("SYSCALL[7,1](234) sys_tgkill ( 8, 8, 6 )[sync] --> Success(0x0)")).hasSize(1);
        assertThat(violations("SYSCALL[7,1](234) sys_tgkill ( 7, 7, 6 )[sync] --> Success(0x0)")).isEmpty();
        assertThat(violations("SYSCALL[7,1](257) sys_openat ( -100, 0x4b0(callgrind.out), 577, 438 ) --> x"))
                .singleElement().asString().contains("sys_openat");
        assertThat(violations("SYSCALL[7,1](13) sys_rt_sigaction ( 11, 0x1ffefff000, 0x0, 8 )[sync] --> x")).hasSize(1);
        assertThat(violations("SYSCALL[7,1](25) sys_mremap ( 0x4800000, 4096, 4096, 3, 0x401000 ) --> x")).hasSize(1);
    }

    @Test
    void linesAProgramSmuggledInCanOnlyAddViolations() {
        // a path with line breaks: the forged lines parse, the real record stays, nothing is hidden
        String log = header() + "SYSCALL[7,1](89) sys_readlink ( 0x4b0(x\nSYSCALL[7,1](57) sys_fork ( ) --> x\n"
                + "==7== Collected : 5), 0x1, 4096 ) --> [pre-success] Success(0x1)\n"
                + "SYSCALL[7,1](231) exit_group( 0 ) --> [pre-success] Success(0x0)\n==7== Collected : 99\n";
        ValgrindLog parsed = ValgrindLog.parse(log.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(parsed.collected()).hasValue(99);
        assertThat(SyscallPolicy.violations(parsed)).singleElement().asString().contains("sys_fork");
        assertThat(SyscallPolicy.printable("a\nb\u0001")).isEqualTo("a\\x0ab\\x01");
    }

    @Test
    void aLogThatIsNotCallgrindsIsRejected() {
        assertThatThrownBy(() -> ValgrindLog.parse("==1== Cachegrind, a cache and branch-prediction profiler\n"
                .getBytes(StandardCharsets.ISO_8859_1))).hasMessageContaining("callgrind's banner");
        assertThatThrownBy(() -> ValgrindLog.parse(new byte[0])).hasMessageContaining("callgrind's banner");
        assertThatThrownBy(() -> ValgrindLog.parse("==1== Callgrind, a call-graph generating cache profiler\n"
                .getBytes(StandardCharsets.ISO_8859_1))).hasMessageContaining("names no command");
    }

    private static java.util.List<String> violations(String line) {
        return SyscallPolicy.violations(ValgrindLog.parse((header() + line + "\n").getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String header() {
        return "==7== Callgrind, a call-graph generating cache profiler\n==7== Command: /p/program\n";
    }
}
