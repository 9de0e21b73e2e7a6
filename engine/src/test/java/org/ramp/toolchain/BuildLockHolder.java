package org.ramp.toolchain;

import java.nio.file.Path;
import org.ramp.util.Progress;

/** A second process for {@link BuildLockTest}: takes the build lock, says so, and holds it until its input ends. */
public final class BuildLockHolder {
    private BuildLockHolder() {
    }

    @SuppressWarnings("try")
    public static void main(String[] args) throws Exception {
        try (BuildLock lock = BuildLock.acquire(Path.of(args[0]), Progress.SILENT)) {
            System.out.println("held");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
