package org.ramp.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.ramp.golden.GoldenSet;
import org.ramp.util.FileTrees;
import org.ramp.util.UntrustedTree;
import org.ramp.workload.Artifacts;
import org.ramp.workload.TestProgram;
import org.ramp.workload.Visibility;
import org.ramp.workload.Workload;

/**
 * The agent's starting workspace: the starter project, the runtime library's sources in
 * {@code runtime/}, and each public program as a case in {@code tests/cases/NAME/} with its golden
 * artifacts. Hidden programs never enter it.
 */
public final class WorkspaceTemplate {
    public static final String CASES = "tests/cases";
    public static final String CASE_INPUT = "input.txt";

    private final Workload workload;
    private final GoldenSet golden;

    public WorkspaceTemplate(Workload workload, GoldenSet golden) {
        this.workload = workload;
        this.golden = golden;
    }

    /** Creates the workspace in {@code target}, which must not exist or be empty. */
    public void create(Path target, List<TestProgram> cases) {
        for (TestProgram program : cases) {
            if (program.visibility() != Visibility.PUBLIC) {
                throw new IllegalArgumentException("hidden program " + program.name() + " cannot be a workspace case");
            }
        }
        try {
            FileTrees.copy(workload.starterDir(), target);
            Path runtime = Files.createDirectories(target.resolve("runtime"));
            for (String file : List.of("sylib.c", "sylib.h")) {
                Files.copy(workload.runtimeDir().resolve(file), runtime.resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            for (TestProgram program : cases) {
                Path dir = Files.createDirectories(target.resolve(CASES).resolve(program.name()));
                Files.copy(program.source(), dir.resolve(program.name() + ".sy"));
                if (program.stdin().isPresent()) {
                    Files.copy(program.stdin().get(), dir.resolve(CASE_INPUT));
                } else {
                    Files.createFile(dir.resolve(CASE_INPUT));
                }
                for (String file : Artifacts.GOLDEN_FILES) {
                    Files.copy(golden.programDir(program.name()).resolve(file), dir.resolve(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace in " + target, e);
        }
    }

    /**
     * Copies T0's golden build files over a workspace: what resurrection after a failed T0 does. Nothing
     * in the workspace is followed: a link where a golden file or folder goes is replaced. Returns what
     * was written.
     */
    public List<Path> applyT0Golden(Path workspace) {
        UntrustedTree tree = new UntrustedTree(workspace);
        tree.copyFrom(golden.t0Dir(), "");
        return tree.made();
    }

    /**
     * Puts back the golden {@code file} of every public case the workspace holds (the agent may have
     * changed or removed them): what resurrection after a failed stage on programs does for the agent.
     */
    public List<Path> restoreCaseFiles(Path workspace, List<TestProgram> cases, String file) {
        UntrustedTree tree = new UntrustedTree(workspace);
        for (TestProgram program : cases) {
            if (program.visibility() != Visibility.PUBLIC) {
                continue;
            }
            try {
                tree.write(CASES + "/" + program.name() + "/" + file,
                        Files.readAllBytes(golden.programDir(program.name()).resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the golden " + file + " of " + program.name(), e);
            }
        }
        return tree.made();
    }
}
