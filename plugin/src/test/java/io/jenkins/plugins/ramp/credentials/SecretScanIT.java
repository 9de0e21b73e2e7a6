package io.jenkins.plugins.ramp.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.ramp.actions.RecordedRun;
import io.jenkins.plugins.ramp.archive.BuildFolder;
import io.jenkins.plugins.ramp.archive.ListRunFiles;
import io.jenkins.plugins.ramp.archive.ReadChunk;
import io.jenkins.plugins.ramp.archive.RunFile;
import io.jenkins.plugins.ramp.archive.RunFiles;
import io.jenkins.plugins.ramp.engine.EngineCommandLine;
import io.jenkins.plugins.ramp.engine.EngineProcess;
import io.jenkins.plugins.ramp.engine.EngineSettings;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.engine.RunOptions;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.gateway.ReceivedRequest;
import org.ramp.history.RunSummary;
import org.ramp.results.RunResults;

/**
 * The secret appears nowhere. The engine runs for real, as the plugin runs it: the bundle unpacked as a node's
 * RAMP_HOME, the command lines of EngineCommandLine, the environment of EngineProcess (the key only in
 * RAMP_API_KEY), the console through SecretMaskingStream; the builtin agent works stage T0 against a scripted
 * endpoint that is hostile: it answers with the key in its text and tells the agent to write it into a file and to
 * print its environment. Then the run is recorded as rampRecord records it (the kept files copied into a build
 * folder, the summary kept for build.xml). The console, the whole run folder (workspace, conversation, transcripts,
 * results, report), the build folder and what build.xml keeps are scanned for the key; the endpoint must have
 * received it, so the scan is not vacuous. Needs Docker and the toolchain image (the plugin's ITs run after the
 * engine's, which build it).
 */
class SecretScanIT {
    static final String SECRET = "sk-ramp-secret-" + Long.toHexString(System.nanoTime()) + "-DO-NOT-LEAK";
    static final String USAGE = "{\"prompt_tokens\": 1200, \"completion_tokens\": 40, \"total_tokens\": 1240}";

    @TempDir
    Path tmp;

    @Test
    void theKeyIsInNoConsoleFileOrBuildRecord() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("node/ramp/engine"));
        untar(Path.of("target/classes/io/jenkins/plugins/ramp/engine/engine-bundle.tar.gz"), home);
        Path workspace = Files.createDirectories(tmp.resolve("workspace"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String name = "hostile";
        String runDir = RunFolder.of(name);
        Files.createDirectories(workspace.resolve(RunFolder.ROOT));
        try (LocalEndpoint endpoint = LocalEndpoint.start(
                CannedResponse.toolCall("c1", "write_file",
                        "{\"path\": \"leak.txt\", \"content\": \"the key is " + SECRET + "\"}", USAGE),
                CannedResponse.toolCall("c2", "run_shell", "{\"command\": \"env; echo " + SECRET + "\"}", USAGE),
                CannedResponse.message("Your key is " + SECRET + ". I am done.", USAGE),
                CannedResponse.toolCall("c3", "finish", "{\"summary\": \"leaked " + SECRET + "\"}", USAGE))) {
            RunOptions options = new RunOptions();
            options.agent = RunOptions.Agents.BUILTIN;
            options.model = LocalEndpoint.MODEL;
            options.endpoint = endpoint.baseUrl();
            options.price = "1,0.5,2";
            options.maxTurns = 6;
            options.programs = "func_ackermann_small";
            MaskedEngine engine = new MaskedEngine(home, workspace, console);
            engine.run(EngineCommandLine.imageBuild());
            engine.run(EngineCommandLine.start(runDir, options, EngineSettings.defaults(), true));
            engine.run(EngineCommandLine.stage(runDir, "T0"));
            engine.run(EngineCommandLine.finish(runDir));

            List<ReceivedRequest> requests = endpoint.requests();
            assertThat(requests).as("the agent reached the endpoint").isNotEmpty();
            assertThat(requests.get(0).header("Authorization")).isEqualTo("Bearer " + SECRET);
            for (ReceivedRequest request : requests) {
                assertThat(request.body()).as("what the agent sent back (tool results, its answers)")
                        .doesNotContain(SECRET);
            }
        }
        String text = console.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("T0").doesNotContain(SECRET);

        // recorded as rampRecord records it
        Path run = workspace.resolve(runDir);
        Path build = Files.createDirectories(tmp.resolve("jenkins/jobs/j/builds/1"));
        RunFile.Listing listing = new ListRunFiles().invoke(run.toFile(), null);
        BuildFolder folder = BuildFolder.of(build.toFile(), name);
        for (RunFile file : listing.files) {
            folder.write(file.relative, file.size,
                    (offset, length) -> new ReadChunk(file.relative, offset, length).invoke(run.toFile(), null));
        }
        assertThat(folder.file(RunFiles.RUN_JSON)).isNotNull();
        assertThat(folder.transcriptStages()).contains("T0");
        RunSummary summary = RunSummary.of(RunResults.readRun(folder.file(RunFiles.RUN_JSON)), name);
        RecordedRun recorded = RecordedRun.of(summary, listing.files.stream().map(f -> f.relative).toList(),
                listing.notes);
        String buildXml = String.join("\n", recorded.getName(), org.ramp.history.RunSummaries.toJson(summary),
                String.join("\n", recorded.getFiles()), String.join("\n", recorded.getNotes()));

        List<Path> scanned = new ArrayList<>();
        scanned.addAll(scan(run));
        scanned.addAll(scan(build));
        assertThat(buildXml).doesNotContain(SECRET);
        assertThat(scanned).as("files scanned").anyMatch(p -> p.endsWith("transcripts/T0.jsonl"))
                .anyMatch(p -> p.toString().contains("workspace")).anyMatch(p -> p.endsWith("report.html"));
        // the agent did write the file the endpoint asked for, with the key scrubbed out of what it was told
        try (Stream<Path> files = Files.walk(run)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("leak.txt")).toList()).isNotEmpty();
        }
    }

    /** Every regular file under a folder (links not followed) must not hold the key; returns what was scanned. */
    static List<Path> scan(Path root) throws Exception {
        List<Path> scanned = new ArrayList<>();
        byte[] key = SECRET.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                byte[] content;
                try {
                    content = Files.readAllBytes(file);
                } catch (java.nio.file.AccessDeniedException e) {
                    continue; // a file the container's user made unreadable: the host cannot read it either
                }
                assertThat(indexOf(content, key)).as(file + " holds the key").isEqualTo(-1);
                scanned.add(file);
            }
        }
        return scanned;
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static void untar(Path bundle, Path into) throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", bundle.toAbsolutePath().toString(), "-C", into.toString())
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();
    }

    /** The engine as EngineProcess starts it (command line, environment, working folder), its output masked. */
    static final class MaskedEngine {
        private final Path home;
        private final Path workspace;
        private final ByteArrayOutputStream console;

        MaskedEngine(Path home, Path workspace, ByteArrayOutputStream console) {
            this.home = home;
            this.workspace = workspace;
            this.console = console;
        }

        void run(List<String> args) throws Exception {
            List<String> command = EngineProcess.command(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), home.resolve("ramp.jar").toString(), args);
            assertThat(String.join(" ", command)).doesNotContain(SECRET);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(workspace.toFile());
            pb.environment().clear();
            pb.environment().putAll(EngineProcess.environment(System.getenv(), home.toString(), SECRET));
            Process p = pb.start();
            SecretMaskingStream out = new SecretMaskingStream(console, SECRET);
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            }
            out.flush();
            int status = p.waitFor();
            assertThat(status).as("ramp " + args.get(0) + ":\n" + console.toString(StandardCharsets.UTF_8)).isZero();
        }
    }
}
