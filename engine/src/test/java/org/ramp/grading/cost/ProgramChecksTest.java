package org.ramp.grading.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ramp.RepositoryPaths;

class ProgramChecksTest {
    private static final byte[] PREAMBLE = {0x48, (byte) 0xc1, (byte) 0xc7, 0x03, 0x48, (byte) 0xc1, (byte) 0xc7,
        0x0d, 0x48, (byte) 0xc1, (byte) 0xc7, 0x3d, 0x48, (byte) 0xc1, (byte) 0xc7, 0x33};

    @Test
    void anHonestObjectAndProgramPass() {
        ElfFile object = ElfFile.parse(Fixtures.bytes("work", "program.o"));
        assertThat(object.symbols()).filteredOn(ElfFile.Symbol::undefined).extracting(ElfFile.Symbol::name)
                .contains("putint", "putch");
        assertThat(ProgramChecks.ofObject(object)).isEmpty();
        assertThat(ProgramChecks.ofExecutable(ElfFile.parse(Fixtures.bytes("work", "program")))).isEmpty();
    }

    @Test
    void callingTheCLibraryIsRefused() {
        assertThat(ProgramChecks.ofObject(ElfFile.parse(Fixtures.bytes("qsort", "program.o"))))
                .singleElement().asString().startsWith("it uses \"qsort\", which the SysY runtime does not define");
    }

    @Test
    void aNameThatCouldForgeALineOfTheMapIsRefused() {
        assertThat(ProgramChecks.ofObject(ElfFile.parse(Fixtures.bytes("newline-name", "program.o"))))
                .singleElement().asString()
                .isEqualTo("a symbol name with white space or control characters: \"work\\x0a0x401000 5\"");
    }

    @Test
    void anExecutableStackOrAWritableCodeSegmentIsRefused() {
        byte[] program = Fixtures.bytes("work", "program");
        assertThat(ProgramChecks.ofExecutable(ElfFile.parse(withFlags(program, ElfFile.PT_GNU_STACK, 7))))
                .containsExactly("its stack is executable");
        assertThat(ProgramChecks.ofExecutable(ElfFile.parse(withFlags(program, ElfFile.PT_LOAD, 7))))
                .anyMatch(p -> p.endsWith("is both writable and executable"));
    }

    @Test
    void aClientRequestInTheCodeIsRefused() {
        byte[] program = Fixtures.bytes("work", "program").clone();
        ElfFile elf = ElfFile.parse(program);
        ElfFile.Segment code = elf.segments().stream().filter(s -> s.type() == ElfFile.PT_LOAD && s.executable())
                .findFirst().orElseThrow();
        // anywhere in the code, aligned to an instruction or not
        System.arraycopy(PREAMBLE, 0, program, (int) code.offset() + 1001, PREAMBLE.length);
        assertThat(ProgramChecks.ofExecutable(ElfFile.parse(program))).singleElement().asString()
                .isEqualTo(String.format("its code at 0x%x holds a valgrind client request", code.address() + 1001));
    }

    @Test
    void theRuntimeFunctionsAreThoseOfTheRuntimeHeader() throws IOException {
        String header = Files.readString(RepositoryPaths.tasks().resolve("runtime/sylib.h"));
        Matcher declaration = Pattern.compile("(?m)^(?:int|float|void) (\\w+)\\(").matcher(header);
        Set<String> declared = declaration.results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(ProgramChecks.RUNTIME_FUNCTIONS).isEqualTo(declared);
    }

    /** The program with the flags of its first program header of the given type replaced. */
    private static byte[] withFlags(byte[] program, int type, int flags) {
        byte[] copy = program.clone();
        ByteBuffer elf = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        long table = elf.getLong(32);
        int count = elf.getShort(56);
        for (int i = 0; i < count; i++) {
            int at = (int) table + i * 56;
            if (elf.getInt(at) == type) {
                elf.putInt(at + 4, flags);
                return copy;
            }
        }
        throw new AssertionError("no program header of type " + type);
    }
}
