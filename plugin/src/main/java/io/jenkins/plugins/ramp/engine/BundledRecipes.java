package io.jenkins.plugins.ramp.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The names of the agent recipes the engine bundle carries ({@code agents/NAME/recipe.json}), as the build wrote them
 * into the resource {@value #RESOURCE} beside the bundle; so that the Snippet Generator offers them without a second
 * list in the code. Whether a recipe loads is the engine's to say when a run starts.
 */
public final class BundledRecipes {
    static final String RESOURCE = "agent-recipes.txt";

    private BundledRecipes() {
    }

    /** The recipes' names, sorted; none when the plugin was built without the resource. */
    public static List<String> names() {
        try (InputStream in = BundledRecipes.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
        }
    }

    /** One name a line (any whitespace); what is not a recipe's name is left out. */
    static List<String> parse(String text) {
        return Arrays.stream(text.split("\\s+")).filter(RunOptions.Agents::isRecipe).distinct().sorted().toList();
    }
}
