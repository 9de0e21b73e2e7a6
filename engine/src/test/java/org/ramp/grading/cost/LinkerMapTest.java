package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerMapTest {

    @Test
    void theProgramsOwnSectionsAreTheOnlyUntrustedOnesOfARealMap() {
        LinkerMap map = LinkerMap.parse(Fixtures.text("work", "program.map"));
        List<LinkerMap.InputSection> own = map.sections().stream().filter(s -> !LinkerMap.trusted(s.file())).toList();
        assertThat(own).isNotEmpty().allMatch(s -> s.file().equals("program.o"));
        assertThat(own).extracting(LinkerMap.InputSection::name).contains(".text");
        LinkerMap.InputSection text = own.stream().filter(s -> s.name().equals(".text")).findFirst().orElseThrow();
        assertThat(map.untrustedRanges().contains(text.address())).isTrue();
        assertThat(map.trustedRanges().contains(text.address())).isFalse();
        AddressRanges code = ProgramChecks.code(ElfFile.parse(Fixtures.bytes("work", "program")));
        assertThat(map.trustedRanges().intersection(code).overlaps(map.untrustedRanges().intersection(code))).isFalse();
        // the C library, the runtime and the start-up files are all there, and trusted
        assertThat(map.sections()).extracting(LinkerMap.InputSection::file)
                .contains("/lib/x86_64-linux-gnu/crt1.o", "/opt/ramp/lib/x86_64/libsysy.a(sylib-x86_64.o)",
                        "/lib/x86_64-linux-gnu/libc.a(vfprintf-internal.o)");
        // long section names put the address on the next line
        assertThat(map.sections()).anyMatch(s -> s.name().equals(".text.unlikely")
                && s.file().equals("/lib/x86_64-linux-gnu/libc.a(abort.o)"));
    }

    @Test
    void onlyTheImagesLibrariesAndStartUpFilesAreTrusted() {
        assertThat(LinkerMap.trusted("/lib/x86_64-linux-gnu/libc.a(printf.o)")).isTrue();
        assertThat(LinkerMap.trusted("/usr/bin/../lib/gcc/x86_64-linux-gnu/12/crtbeginT.o")).isTrue();
        assertThat(LinkerMap.trusted("/usr/bin/../lib/gcc/x86_64-linux-gnu/12/libgcc.a(_divdi3.o)")).isTrue();
        assertThat(LinkerMap.trusted("/opt/ramp/lib/x86_64/libsysy.a(sylib-x86_64.o)")).isTrue();
        assertThat(LinkerMap.trusted("program.o")).isFalse();
        assertThat(LinkerMap.trusted("/ramp/cases/x/libc.a(printf.o)")).isFalse();
        assertThat(LinkerMap.trusted("/lib/x86_64-linux-gnu/libm.a(e_exp.o)")).isFalse();
        assertThat(LinkerMap.trusted("/lib/x86_64-linux-gnu/libc.a(../../x.o)")).isFalse();
    }

    @Test
    void fillAndScriptLinesAreNotSectionsAndZeroSizesAreSkipped() {
        String map = """
                Linker script and memory map

                .text           0x0000000000401100    0x93a4f
                 *(.text.unlikely .text.*_unlikely .text.unlikely.*)
                 .text.unlikely
                                0x0000000000401100        0xf /lib/x86_64-linux-gnu/libc.a(assert.o)
                 *fill*         0x000000000040110f        0x1
                 .text          0x0000000000401110        0x0 /lib/x86_64-linux-gnu/crti.o
                 .text          0x0000000000401110       0x20 program.o
                                0x0000000000401110                main
                """;
        assertThat(LinkerMap.parse(map).sections()).containsExactly(
                new LinkerMap.InputSection(".text", ".text.unlikely", 0x401100, 0xf,
                        "/lib/x86_64-linux-gnu/libc.a(assert.o)"),
                new LinkerMap.InputSection(".text", ".text", 0x401110, 0x20, "program.o"));
    }

    @Test
    void somethingElseIsNotAMap() {
        assertThatThrownBy(() -> LinkerMap.parse("hello\n")).hasMessageContaining("not a GNU ld link map");
    }
}
