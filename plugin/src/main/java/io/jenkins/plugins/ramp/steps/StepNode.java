package io.jenkins.plugins.ramp.steps;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.ramp.credentials.ApiKeys;
import io.jenkins.plugins.ramp.engine.EngineCommandLine;
import io.jenkins.plugins.ramp.engine.EngineProcess;
import io.jenkins.plugins.ramp.engine.KeyedLocks;
import io.jenkins.plugins.ramp.engine.NodeEngine;
import io.jenkins.plugins.ramp.engine.ReadRun;
import io.jenkins.plugins.ramp.engine.ReadStage;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.results.RunOutcome;
import io.jenkins.plugins.ramp.results.StageOutcome;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * What every RAMP step needs from its context: the node that holds the workspace (so that the engine runs there,
 * never on the controller by accident), its launcher and the build's console and environment.
 */
final class StepNode {
    /** What a step needs: inside {@code node { }}, so that a workspace, a launcher and a computer exist. */
    static final Set<Class<?>> REQUIRED = Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class,
            EnvVars.class, Computer.class, FlowNode.class);
    private static final KeyedLocks IMAGE_BUILDS = new KeyedLocks();

    final Run<?, ?> run;
    final FilePath workspace;
    final Launcher launcher;
    final TaskListener listener;
    final EnvVars environment;
    final Node node;
    final FlowNode flowNode;

    private StepNode(StepContext context) throws IOException, InterruptedException {
        run = context.get(Run.class);
        workspace = context.get(FilePath.class);
        launcher = context.get(Launcher.class);
        listener = context.get(TaskListener.class);
        environment = context.get(EnvVars.class);
        flowNode = context.get(FlowNode.class);
        Computer computer = context.get(Computer.class);
        node = computer == null ? null : computer.getNode();
        if (node == null) {
            throw new AbortException("the node of this workspace is gone; RAMP steps run inside node { } on a node with "
                    + "Docker");
        }
    }

    static StepNode of(StepContext context) throws IOException, InterruptedException {
        return new StepNode(context);
    }

    String nodeName() {
        String name = node.getNodeName();
        return name == null || name.isEmpty() ? "built-in" : name;
    }

    /** The run folder of a name in this workspace. */
    FilePath runDir(String name) {
        return workspace.child(RunFolder.of(name));
    }

    /** The engine on this node, with the run's key (when it has a credential) in its environment only. */
    EngineProcess engine(String credentialsId) throws IOException, InterruptedException {
        String secret = credentialsId == null ? null : ApiKeys.of(credentialsId, run);
        FilePath home = NodeEngine.install(node, listener);
        return new EngineProcess(launcher, listener, workspace, environment, NodeEngine.java(launcher), home, secret);
    }

    /** {@code ramp image build}, one at a time per node (idempotent: it finds an image that exists). */
    void ensureImage(EngineProcess engine) throws IOException, InterruptedException {
        ReentrantLock lock = IMAGE_BUILDS.lock(nodeName());
        try {
            engine.run(EngineCommandLine.imageBuild());
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code ramp agent build NAME} for a recipe agent, under the same lock: {@code ramp start} would build a missing
     * image too, but unlocked, so parallel branches on one node (a matrix over models with one CLI) would each build
     * it at once; here the first builds it and the others find it. Idempotent; its output is in the console.
     */
    void ensureAgentImage(EngineProcess engine, String recipe) throws IOException, InterruptedException {
        ReentrantLock lock = IMAGE_BUILDS.lock(nodeName());
        try {
            engine.run(EngineCommandLine.agentBuild(recipe));
        } finally {
            lock.unlock();
        }
    }

    StageOutcome readStage(String name, String stage) throws IOException, InterruptedException {
        return runDir(name).act(new ReadStage(stage));
    }

    RunOutcome readRun(String name) throws IOException, InterruptedException {
        return runDir(name).act(new ReadRun());
    }
}
