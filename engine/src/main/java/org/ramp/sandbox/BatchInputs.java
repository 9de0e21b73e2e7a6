package org.ramp.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.ramp.archive.TarPlan;

/**
 * The files a batch's container starts with, all root-owned: trees (a copy of the workspace), readable
 * by every step but writable only by a step that is given the tree to write; and case inputs under
 * {@value #INPUTS}, readable by root alone until the runner hands one to the step that needs it.
 */
public final class BatchInputs {
    /** Where the project tree of a stage's grading is. */
    public static final String WORK = "/ramp/work";
    /** Where case inputs are: {@code /ramp/in/CASE/FILE}. */
    public static final String INPUTS = "/ramp/in";

    private record Tree(Path host, String at, Predicate<Path> include) {
    }

    private record Input(String at, Path host, byte[] content) {
    }

    private final List<Tree> trees = new ArrayList<>();
    private final List<Input> inputs = new ArrayList<>();

    /** A host tree copied to {@code at} (links as links; {@code include} sees paths relative to {@code host}). */
    public BatchInputs tree(Path host, String at, Predicate<Path> include) {
        trees.add(new Tree(host, at, include));
        return this;
    }

    /** A host file, root-only in the container until granted to a step. */
    public BatchInputs file(String at, Path host) {
        inputs.add(new Input(at, host, null));
        return this;
    }

    public BatchInputs bytes(String at, byte[] content) {
        inputs.add(new Input(at, null, content.clone()));
        return this;
    }

    /** Container path of a case's input file. */
    public static String input(String caseKey, String file) {
        return INPUTS + "/" + caseKey + "/" + file;
    }

    /** Everything as a tar plan of its own, rooted at "ramp/" (for copies made outside a batch). */
    public TarPlan toPlan(org.ramp.archive.ArchiveBounds bounds) {
        TarPlan plan = new TarPlan(bounds).directory("ramp", 0755);
        addTo(plan);
        return plan;
    }

    /** Adds everything to a plan; folders above a case input can be crossed but not listed (0711). */
    void addTo(TarPlan plan) {
        Set<String> folders = new HashSet<>();
        for (Tree tree : trees) {
            parents(plan, folders, tree.at(), 0755);
            plan.tree(tree.host(), name(tree.at()), tree.include());
        }
        for (Input input : inputs) {
            parents(plan, folders, input.at(), 0711);
            if (input.host() != null) {
                plan.file(name(input.at()), 0600, input.host());
            } else {
                plan.file(name(input.at()), 0600, input.content());
            }
        }
    }

    private static void parents(TarPlan plan, Set<String> folders, String path, int mode) {
        String name = name(path);
        int slash = name.indexOf('/');
        while (slash > 0) {
            String folder = name.substring(0, slash);
            if (folders.add(folder) && !folder.equals("ramp")) {
                plan.directory(folder, mode);
            }
            slash = name.indexOf('/', slash + 1);
        }
    }

    private static String name(String containerPath) {
        if (!containerPath.startsWith("/ramp/")) {
            throw new IllegalArgumentException("batch files go under /ramp/, not " + containerPath);
        }
        return containerPath.substring(1);
    }
}
