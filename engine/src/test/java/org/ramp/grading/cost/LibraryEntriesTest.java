package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibraryEntriesTest {

    private static long address(LinkerMap map, String name) {
        return map.symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().address();
    }

    @Test
    void theRuntimesFunctionsAndTheMemoryRoutinesAreTheEntries() {
        LinkerMap map = LinkerMap.parse(Fixtures.text("work", "program.map"));
        Set<Long> allowed = LibraryEntries.allowed(map);
        for (String name : List.of("getint", "putint", "putch", "putf", "stoptime")) {
            assertThat(allowed).as(name).contains(address(map, name));
        }
        assertThat(allowed).contains(address(map, "__memset_avx2_unaligned_erms"),
                address(map, "__memmove_sse2_unaligned_erms"));
        assertThat(allowed).doesNotContain(address(map, "qsort"), address(map, "printf"), address(map, "main"));
    }

    @Test
    void anHonestRunEntersTheLibrariesOnlyThere() {
        LinkerMap map = LinkerMap.parse(Fixtures.text("work", "program.map"));
        CallgrindProfile profile = CallgrindProfile.parse(Fixtures.bytes("work", "callgrind.out"));
        assertThat(LibraryEntries.violations(map, map.trustedRanges(), profile.edges())).isEmpty();
    }

    @Test
    void aCallToTheLinkedQsortByItsAddressIsSeen() {
        // qsort is linked into every program, at a fixed distance from getint: the sorting ran uncounted
        LinkerMap map = LinkerMap.parse(Fixtures.text("library-call", "program.map"));
        CallgrindProfile profile = CallgrindProfile.parse(Fixtures.bytes("library-call", "callgrind.out"));
        AddressRanges trusted = map.trustedRanges();
        assertThat(LibraryEntries.violations(map, trusted, profile.edges())).singleElement().asString()
                .endsWith(String.format("to 0x%x (qsort)", address(map, "qsort")));
    }
}
