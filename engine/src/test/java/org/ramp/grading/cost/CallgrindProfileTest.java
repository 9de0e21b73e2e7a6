package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallgrindProfileTest {
    private static final AddressRanges NONE = AddressRanges.of(java.util.List.of());

    @Test
    void aRealProfileAddsUpToItsTotalAndCountsByAddress() {
        CallgrindProfile profile = CallgrindProfile.parse(Fixtures.bytes("work", "callgrind.out"));
        assertThat(profile.total()).isEqualTo(7018536);
        assertThat(profile.countOutside(NONE)).isEqualTo(profile.total());
        assertThat(profile.pid()).isEqualTo(ValgrindLog.parse(Fixtures.bytes("work", "valgrind.log")).pid());
        assertThat(profile.command()).isEqualTo(Fixtures.command("work"));
        // work() runs its 7-instruction loop a million times: what lies outside the libraries is that and main
        long own = profile.countOutside(LinkerMap.parse(Fixtures.text("work", "program.map")).trustedRanges());
        assertThat(own).isEqualTo(7000015);
    }

    @Test
    void everyCallAndJumpIsAnEdgeAndNoneIsACost() {
        CallgrindProfile profile = CallgrindProfile.parse(Fixtures.bytes("work", "callgrind.out"));
        LinkerMap map = LinkerMap.parse(Fixtures.text("work", "program.map"));
        long putint = map.symbols().stream().filter(s -> s.name().equals("putint")).findFirst().orElseThrow().address();
        long work = map.symbols().stream().filter(s -> s.name().equals("work")).findFirst().orElseThrow().address();
        // main calls work() and putint(); the loop of work() branches back on itself
        assertThat(profile.edges()).anyMatch(e -> e.to() == putint).anyMatch(e -> e.to() == work)
                .anyMatch(e -> e.from() > work && e.to() > work && e.to() < e.from() && e.from() - work < 64);
        String whole = Fixtures.text("work", "callgrind.out");
        assertThatThrownBy(() -> CallgrindProfile.parse((whole.substring(0, whole.lastIndexOf("totals:"))
                + "jump=1 0x401000\n").getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("call or jump");
    }

    @Test
    void aThreadsInstructionsAreCountedLikeTheMainThreads() {
        CallgrindProfile profile = CallgrindProfile.parse(Fixtures.bytes("thread", "callgrind.out"));
        long own = profile.countOutside(LinkerMap.parse(Fixtures.text("thread", "program.map")).trustedRanges());
        assertThat(own).isGreaterThan(7000000);
    }

    @Test
    void aTruncatedProfileIsRejected() {
        String whole = Fixtures.text("work", "callgrind.out");
        // cut where a write stopped: mid-line, or at the end of a line
        byte[] midLine = whole.substring(0, whole.length() / 2).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CallgrindProfile.parse(midLine)).isInstanceOf(IllegalArgumentException.class);
        byte[] half = whole.substring(0, whole.lastIndexOf('\n', whole.length() / 2) + 1)
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CallgrindProfile.parse(half)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one complete callgrind profile");
    }

    @Test
    void aProfileWhoseLinesDoNotAddUpIsRejected() {
        String whole = Fixtures.text("work", "callgrind.out");
        // the heaviest line (the loop) removed, or turned into a call's inclusive cost: the sum no longer matches
        String heavy = whole.lines().filter(l -> l.matches("0x[0-9a-f]+ 999999")).findFirst().orElseThrow();
        for (String edited : new String[] {whole.replace(heavy + "\n", ""),
            whole.replace(heavy + "\n", "calls=1 0x401000\n" + heavy + "\n")}) {
            assertThatThrownBy(() -> CallgrindProfile.parse(edited.getBytes(StandardCharsets.ISO_8859_1)))
                    .hasMessageContaining("the cost lines add up to");
        }
    }

    @Test
    void otherEventsPositionsOrLinesAreRejected() {
        String whole = Fixtures.text("work", "callgrind.out");
        assertThatThrownBy(() -> CallgrindProfile.parse(whole.replace("events: Ir", "events: Ir Dr")
                .getBytes(StandardCharsets.ISO_8859_1))).hasMessageContaining("the events are not Ir alone");
        assertThatThrownBy(() -> CallgrindProfile.parse(whole.replace("positions: instr", "positions: line")
                .getBytes(StandardCharsets.ISO_8859_1))).hasMessageContaining("positions are not instruction");
        assertThatThrownBy(() -> CallgrindProfile.parse((whole + "bogus=3 0x401000\n")
                .getBytes(StandardCharsets.ISO_8859_1))).hasMessageContaining("an unexpected line");
        assertThatThrownBy(() -> CallgrindProfile.parse(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
