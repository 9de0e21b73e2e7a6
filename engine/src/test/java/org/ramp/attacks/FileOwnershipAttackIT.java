package org.ramp.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramp.run.RunFixture.finish;
import static org.ramp.run.RunFixture.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;
import org.ramp.gateway.CannedResponse;
import org.ramp.gateway.LocalEndpoint;
import org.ramp.run.RunFixture;
import org.ramp.util.FileTrees;

/**
 * The agent owns the files it was given, as coding-agent CLIs expect: their edit tools keep a file's
 * mode and owner with chmod and chown, which fail with EPERM on files of another user (Qwen Code's did,
 * and a correct agent scored T0 = 0). What a stage leaves (execute bits, modification times, links)
 * reaches the next one, and all of it holds when the engine runs as a user other than root in the
 * docker group, as a Jenkins agent does.
 */
class FileOwnershipAttackIT {
    private static RunFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        fixture = new RunFixture();
    }

    @AfterAll
    static void close() {
        fixture.docker.close();
    }

    /**
     * What a CLI's edit tool does: write a new version beside the file, keep its mode and owner (those of a
     * new file when there is none), rename it over.
     */
    private static String cliEdit(String path, Path newContent) throws Exception {
        String encoded = Base64.getEncoder().encodeToString(Files.readAllBytes(newContent));
        return "python3 -c \"import base64, os; p = '" + path + "'; t = p + '.tmp'; open(t, 'a').close();"
                + " st = os.stat(p if os.path.exists(p) else t);"
                + " open(t, 'wb').write(base64.b64decode('" + encoded + "')); os.chmod(t, st.st_mode);"
                + " os.chown(t, st.st_uid, st.st_gid); os.rename(t, p); os.chmod(p, st.st_mode);"
                + " os.chown(p, st.st_uid, st.st_gid); print('edited', p)\"";
    }

    @Test
    void aCliThatKeepsModesWithChmodAndChownEditsItsFilesAndSolvesT0() throws Exception {
        List<CannedResponse> script = new ArrayList<>();
        script.add(shell("owner", "stat -c '%U:%G %a %n' CMakeLists.txt runtime/CMakeLists.txt tests/cases/*/*.sy"
                + " | sort -u | head -3"));
        script.add(shell("edit", cliEdit("CMakeLists.txt", fixture.golden.t0Dir().resolve("CMakeLists.txt")) + " && "
                + cliEdit("runtime/CMakeLists.txt", fixture.golden.t0Dir().resolve("runtime/CMakeLists.txt"))));
        script.add(shell("leave", "printf '#!/bin/sh\\necho the script runs\\n' > run.sh && chmod 700 run.sh &&"
                + " touch -d @1577934245 old.txt && ln -s build/compile_commands.json compile_commands.json &&"
                + " cmake -S . -B build -G Ninja > /dev/null && cmake --build build | tail -1"));
        script.add(finish("t0-done"));
        script.add(shell("t1-look", "./run.sh; stat -c '%U %Y %n' old.txt run.sh; readlink compile_commands.json;"
                + " cmake --build build | tail -1"));
        script.add(finish("t1-done"));
        AttackSession.Outcome run = AttackSession.run(fixture, dir.resolve("cli"), 2, script);

        assertThat(run.toolResult("owner")).startsWith("exit status 0").contains("ramp:ramp 644 CMakeLists.txt");
        assertThat(run.toolResult("edit")).startsWith("exit status 0").contains("edited CMakeLists.txt")
                .contains("edited runtime/CMakeLists.txt").doesNotContain("Operation not permitted");
        assertThat(run.stage("T0").score()).isEqualTo(100.0);
        assertThat(run.toolResult("t1-look")).contains("the script runs").contains("ramp 1577934245 old.txt")
                .contains("ramp ").contains("build/compile_commands.json")
                .as("an incremental build: nothing to do").contains("ninja: no work to do.");
        Path workspace = run.runDir().resolve("workspace");
        assertThat(Files.isExecutable(workspace.resolve("run.sh"))).isTrue();
        assertThat(Files.isSymbolicLink(workspace.resolve("compile_commands.json"))).isTrue();
    }

    @Test
    void anEngineUserOtherThanRootInTheDockerGroupGivesTheAgentItsFilesToo() throws Exception {
        String uid = System.getProperty("user.name").equals("root") ? "4242" : null;
        Path base = Files.createDirectories(dir.resolve("jenkins"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (uid != null) {
            new ProcessBuilder("chown", uid + ":" + uid, base.toString()).start().waitFor();
        }
        String program = "python3 -c \"import os; p = 'CMakeLists.txt'; st = os.stat(p);"
                + " open(p, 'a').write('# edited by the agent' + chr(10)); os.chmod(p, st.st_mode);"
                + " os.chown(p, st.st_uid, st.st_gid); print('edited')\"";
        Path runDir = base.resolve("run");
        Path home = readableCopyOfTheEngine(dir.resolve("ramp-home"));
        try (LocalEndpoint endpoint = LocalEndpoint.start(CannedResponse.message("unused", RunFixture.USAGE))) {
            Process start = ramp(uid, home, base, "start", "--run-dir", runDir.toString(), "--agent", "command",
                    "--agent-command", program, "--model", LocalEndpoint.MODEL, "--endpoint", endpoint.baseUrl(),
                    "--price", LocalEndpoint.MODEL + "=2,0.5,8", "--programs", fixture.programs.get(0).name());
            assertThat(start.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(start.exitValue()).as(log(base, "start")).isZero();
            Process stage = ramp(uid, home, base, "stage", "--run-dir", runDir.toString(), "--stage", "T0", "--json");
            assertThat(stage.waitFor(600, TimeUnit.SECONDS)).isTrue();
            String printed = log(base, "stage");
            assertThat(stage.exitValue()).as(printed).isZero();
            assertThat(printed).contains("\"stopReason\" : \"exited 0\"");
        }
        Path edited = runDir.resolve("workspace/CMakeLists.txt");
        assertThat(Files.readString(edited)).endsWith("# edited by the agent\n");
        if (uid != null) {
            assertThat(Files.getOwner(edited).getName()).as("the engine's user owns the host copy").isEqualTo(uid);
        }
    }

    /**
     * The engine's jar and what RAMP_HOME holds (the workload, golden files, recipes), copied where another
     * user can read them: the checkout may sit in a folder only its owner can enter (a CI's temporary clone).
     */
    private static Path readableCopyOfTheEngine(Path target) throws Exception {
        Path repository = RepositoryPaths.home();
        Files.createDirectories(target.resolve("engine/target"));
        Files.copy(repository.resolve("engine/target/ramp.jar"), target.resolve("engine/target/ramp.jar"));
        for (String folder : List.of("tasks", "golden", "agents")) {
            FileTrees.copy(repository.resolve(folder), target.resolve(folder));
        }
        new ProcessBuilder("chmod", "-R", "a+rX", target.toString()).start().waitFor();
        return target;
    }

    /**
     * {@code java -jar ramp.jar ...} of the engine in {@code ramp} as {@code uid} (with the docker socket's group)
     * when given, else as we are; its output in {@code home}.
     */
    private static Process ramp(String uid, Path ramp, Path home, String... args) throws Exception {
        Path jar = ramp.resolve("engine/target/ramp.jar");
        List<String> command = new ArrayList<>();
        if (uid != null) {
            String group = Files.getAttribute(Path.of("/var/run/docker.sock"), "unix:gid").toString();
            command.addAll(List.of("setpriv", "--reuid", uid, "--regid", uid, "--groups", group, "--"));
        }
        command.addAll(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(args[0] + ".log").toFile());
        builder.environment().put("OPENAI_API_KEY", RunFixture.KEY);
        builder.environment().put("RAMP_HOME", ramp.toString());
        builder.environment().put("HOME", home.toString());
        return builder.start();
    }

    private static String log(Path home, String command) throws Exception {
        return Files.readString(home.resolve(command + ".log"));
    }
}
