package org.ramp.grading.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Real files of counted runs, made in the toolchain image with T4's own commands by make-fixtures.sh (beside
 * them in the test resources, with the IR of each program): NAME.FILE.gz.
 */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String program, String file) {
        String name = program + "." + file + ".gz";
        try (InputStream raw = Fixtures.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("no test resource " + name + "; run make-fixtures.sh");
            }
            try (InputStream in = new GZIPInputStream(raw)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String program, String file) {
        return new String(bytes(program, file), StandardCharsets.ISO_8859_1);
    }

    /** The path the program ran as when the fixture was made. */
    static String command(String program) {
        return "/tmp/fixture-" + program + "/program";
    }
}
