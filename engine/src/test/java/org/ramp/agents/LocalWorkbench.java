package org.ramp.agents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ramp.sandbox.ExecResult;
import org.ramp.sandbox.Workbench;

/** A workbench on this machine: bash in a folder, for testing agents without Docker. */
final class LocalWorkbench implements Workbench {
    private final Path dir;

    LocalWorkbench(Path dir) {
        this.dir = dir;
    }

    @Override
    public ExecResult run(String command, List<String> extraEnv, int timeoutSeconds, int maxBytes) {
        long started = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(dir.toFile());
            for (String entry : extraEnv) {
                String[] pair = entry.split("=", 2);
                builder.environment().put(pair[0], pair[1]);
            }
            Path out = Files.createTempFile("wb", ".out");
            Path err = Files.createTempFile("wb", ".err");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly().waitFor();
            }
            byte[] stdout = Files.readAllBytes(out);
            byte[] stderr = Files.readAllBytes(err);
            Files.delete(out);
            Files.delete(err);
            return new ExecResult(done ? process.exitValue() : 124, !done, stdout, stderr, false,
                    (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ExecResult writeFile(String path, byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return new ExecResult(0, false, new byte[0], new byte[0], false, 0);
        } catch (IOException e) {
            return new ExecResult(1, false, new byte[0], e.toString().getBytes(), false, 0);
        }
    }
}
