package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ElfFileTest {

    @Test
    void aRealObjectHasItsSectionsAndSymbols() {
        ElfFile object = ElfFile.parse(Fixtures.bytes("work", "program.o"));
        assertThat(object.sections()).extracting(ElfFile.Section::name).contains(".text", ".symtab", ".strtab");
        assertThat(object.symbols()).extracting(ElfFile.Symbol::name).contains("main", "work", "putint");
        assertThat(object.segments()).isEmpty();
    }

    @Test
    void aRealProgramHasItsSegments() {
        ElfFile program = ElfFile.parse(Fixtures.bytes("work", "program"));
        assertThat(program.segments()).anyMatch(s -> s.type() == ElfFile.PT_LOAD && s.executable() && !s.writable());
        assertThat(program.segments()).anyMatch(s -> s.type() == ElfFile.PT_GNU_STACK && !s.executable());
        assertThat(program.symbols()).isEmpty(); // stripped
    }

    @Test
    void malformedFilesAreRejectedAsSuch() {
        byte[] object = Fixtures.bytes("work", "program.o");
        assertThatThrownBy(() -> ElfFile.parse(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElfFile.parse("#!/bin/sh\n".getBytes())).hasMessage("not an ELF file");
        assertThatThrownBy(() -> ElfFile.parse(Arrays.copyOf(object, object.length / 2)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] farSections = object.clone();
        ByteBuffer.wrap(farSections).order(ByteOrder.LITTLE_ENDIAN).putLong(40, Long.MAX_VALUE - 10);
        assertThatThrownBy(() -> ElfFile.parse(farSections)).hasMessageContaining("outside the file");
        // random damage after the header never escapes as anything but IllegalArgumentException
        Random random = new Random(4);
        for (int i = 0; i < 300; i++) {
            byte[] damaged = object.clone();
            for (int j = 0; j < 8; j++) {
                damaged[16 + random.nextInt(damaged.length - 16)] = (byte) random.nextInt();
            }
            try {
                ElfFile.parse(damaged);
            } catch (IllegalArgumentException expected) {
                // fine
            }
        }
    }
}
