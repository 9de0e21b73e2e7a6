package org.ramp.cli;

import org.ramp.agentimage.AgentCache;
import org.ramp.agentimage.AgentImage;
import org.ramp.agentimage.AgentImageBuilder;
import org.ramp.agentimage.AgentRecipes;
import org.ramp.agentimage.NpmRegistry;
import org.ramp.agentimage.RecipeException;
import org.ramp.run.AgentSpec;
import org.ramp.run.RunConfig;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The agent's image at a run's start, before any stage: a recipe's, found or built; the one
 * {@code --agent-image} names, checked to be built FROM the toolchain image; or none (the toolchain's). A
 * later step of the run needs exactly the image the run started with, by id.
 */
final class AgentImages {
    private AgentImages() {
    }

    /** The configuration with its agent image's id; a missing or foreign image is a usage error. */
    static RunConfig resolve(RunConfig config, DockerSession session, CommandSpec spec) {
        AgentSpec agent = config.agent();
        try {
            if (agent.recipe() != null) {
                AgentImageBuilder builder = builder(session);
                AgentImage image = builder.ensure(new AgentRecipes(Home.agents()).load(agent.recipe()),
                        false).image();
                Progress.stderr().line("agent " + agent.recipe() + " in " + image.reference() + " ("
                        + DockerEngine.shortId(image.id()) + ")");
                return config.withAgent(agent.withImage(image.reference(), image.id()));
            }
            if (agent.image() != null) {
                AgentImage image = AgentImage.check(session.docker, session.toolchain, agent.image(), "--agent-image");
                Progress.stderr().line("agent image " + image.reference() + " (" + DockerEngine.shortId(image.id())
                        + "), built FROM " + session.toolchain.tag());
                return config.withAgent(agent.withImage(image.reference(), image.id()));
            }
            return config;
        } catch (RecipeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A later step of a run: its agent image must still be the one it started with. */
    static void requirePresent(RunConfig config, DockerSession session) {
        String id = config.agent().imageId();
        if (id != null && !AgentImage.present(session.docker, id)) {
            throw new SandboxException("run " + config.runId() + " runs its agent in " + config.agent().image() + " ("
                    + DockerEngine.shortId(id) + "), which is no longer in the Docker engine; a rebuilt image is"
                    + " another agent, so start a new run (or load the image again with docker load)");
        }
    }

    static AgentImageBuilder builder(DockerSession session) {
        return new AgentImageBuilder(session.docker, session.toolchain, AgentCache.forUser(),
                new NpmRegistry(NpmRegistry.fromEnvironment(), AgentCache.forUser().tarballs(), Progress.stderr()),
                Progress.stderr());
    }
}
