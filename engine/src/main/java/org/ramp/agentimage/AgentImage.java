package org.ramp.agentimage;

import com.github.dockerjava.api.command.InspectImageResponse;
import java.util.List;
import java.util.Optional;
import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ToolchainInfo;

/**
 * An image the agent phase may run in: present in the engine and built FROM the toolchain image, so that
 * the agent works with the very tools it is graded with. "Built from" is decided on the images' layers,
 * which a label cannot fake: the toolchain image's layers must be the first layers of the agent image.
 *
 * @param reference the image as the user named it (a tag or an id)
 * @param id        its id, which the run records and every stage runs
 */
public record AgentImage(String reference, String id) {

    /**
     * The image named {@code reference}, checked.
     *
     * @param option what the user gave it with, for messages ("--agent-image")
     * @throws RecipeException when the image is missing or not built from the toolchain image (bad input)
     * @throws org.ramp.sandbox.SandboxException when Docker itself fails
     */
    public static AgentImage check(DockerEngine docker, ToolchainInfo toolchain, String reference, String option) {
        Optional<InspectImageResponse> image = docker.image(reference);
        if (image.isEmpty()) {
            throw new RecipeException(option + " " + reference + ": no such image in the Docker engine at "
                    + docker.host() + "; build it FROM the toolchain image " + toolchain.tag() + " (ramp agent build"
                    + " NAME builds a recipe's agent image), or list the images with: docker images");
        }
        InspectImageResponse base = docker.image(toolchain.imageId()).orElseThrow(() -> new RecipeException(
                "the toolchain image " + toolchain.tag() + " (" + DockerEngine.shortId(toolchain.imageId())
                        + ") is gone; build it again with: ramp image build"));
        List<String> baseLayers = layers(base);
        List<String> layers = layers(image.get());
        if (baseLayers.isEmpty() || layers.size() < baseLayers.size()
                || !layers.subList(0, baseLayers.size()).equals(baseLayers)) {
            throw new RecipeException(option + " " + reference + " (" + DockerEngine.shortId(image.get().getId())
                    + ") is not built FROM the toolchain image " + toolchain.tag() + " (" + DockerEngine.shortId(
                    toolchain.imageId()) + "): its " + layers.size() + " layers do not begin with the toolchain's "
                    + baseLayers.size() + ". Build it with FROM " + toolchain.tag() + " (the agent must work with"
                    + " the tools it is graded with), e.g. ramp agent build NAME for a recipe");
        }
        return new AgentImage(reference, image.get().getId());
    }

    /** Whether the image of this id is still in the engine (a later step of a run needs exactly it). */
    public static boolean present(DockerEngine docker, String id) {
        return docker.image(id).isPresent();
    }

    private static List<String> layers(InspectImageResponse image) {
        return image.getRootFS() == null || image.getRootFS().getLayers() == null ? List.of()
                : image.getRootFS().getLayers();
    }
}
