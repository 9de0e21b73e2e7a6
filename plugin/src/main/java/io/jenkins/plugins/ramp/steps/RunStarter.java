package io.jenkins.plugins.ramp.steps;

import hudson.AbortException;
import hudson.FilePath;
import io.jenkins.plugins.ramp.config.RampGlobalConfiguration;
import io.jenkins.plugins.ramp.engine.EngineCommandLine;
import io.jenkins.plugins.ramp.engine.EngineProcess;
import io.jenkins.plugins.ramp.engine.EngineSettings;
import io.jenkins.plugins.ramp.engine.RunFolder;
import io.jenkins.plugins.ramp.engine.RunOptions;
import io.jenkins.plugins.ramp.engine.RunOptionsCheck;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code rampRun} does, and {@code rampAssess} first: check, record, the toolchain image (and a recipe agent's
 * image), {@code ramp start}.
 */
final class RunStarter {
    private RunStarter() {
    }

    /** A started run: its name, where it lives, and the engine process that carries its key. */
    static final class Started {
        final String name;
        final String runDir;
        final RunOptions options;
        final EngineProcess engine;

        Started(String name, String runDir, RunOptions options, EngineProcess engine) {
            this.name = name;
            this.runDir = runDir;
            this.options = options;
            this.engine = engine;
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            map.put("runDir", runDir);
            map.put("model", options.model);
            map.put("agent", options.agent);
            map.put("mode", options.mode);
            return map;
        }
    }

    static Started start(StepNode node, RunArguments step) throws IOException, InterruptedException {
        String name;
        try {
            name = RunFolder.checkName(step.getName());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        RunOptions options = step.options();
        List<String> problems = RunOptionsCheck.problems(options, step.getCredentialsId() != null);
        if (!problems.isEmpty()) {
            throw new AbortException("rampRun(name: '" + name + "'): " + String.join("; ", problems));
        }
        StartedRuns started = StartedRuns.of(node.run);
        boolean firstInThisBuild = !started.has(name);
        started.record(node.run, name, node.nodeName(), node.workspace.getRemote(), step.getCredentialsId());
        EngineProcess engine = node.engine(step.getCredentialsId());
        EngineSettings settings = settings(node, name);
        node.ensureImage(engine);
        if (RunOptions.Agents.isRecipe(options.agent)) {
            node.ensureAgentImage(engine, options.agent);
        }
        String runDir = RunFolder.of(name);
        node.runDir(name).getParent().mkdirs();
        if (firstInThisBuild) {
            EarlierRuns.clear(node, name);
        }
        engine.run(EngineCommandLine.start(runDir, options, settings, step.getCredentialsId() != null));
        return new Started(name, runDir, options, engine);
    }

    /** The global settings, the price table written beside the runs ({@code ramp/.settings/NAME-prices.json}). */
    private static EngineSettings settings(StepNode node, String name) throws IOException, InterruptedException {
        RampGlobalConfiguration config = RampGlobalConfiguration.get();
        String pricesFile = null;
        if (config.getPriceTable() != null) {
            FilePath file = node.workspace.child(RunFolder.ROOT).child(".settings").child(name + "-prices.json");
            file.getParent().mkdirs();
            file.write(config.getPriceTable(), "UTF-8");
            pricesFile = file.getRemote();
        }
        return new EngineSettings(pricesFile, config.getAgentImage(), config.getTimeScale(), config.getCostScale(),
                config.getTokenScale());
    }
}
