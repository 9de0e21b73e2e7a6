package org.ramp.agentimage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The recipes of a RAMP home: every folder of {@code agents/} with a recipe.json. */
public record AgentRecipes(Path root) {

    /** The recipes' names, sorted. */
    public List<String> names() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve(AgentRecipe.FILE)))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the recipes in " + root, e);
        }
    }

    public boolean has(String name) {
        return names().contains(name);
    }

    /** The recipe of that name, checked. */
    public AgentRecipe load(String name) {
        if (!has(name)) {
            throw new RecipeException("no agent recipe \"" + name + "\" in " + root + "; the recipes are " + names()
                    + " (a recipe is a folder " + root + "/NAME with recipe.json)");
        }
        return AgentRecipe.load(root.resolve(name));
    }
}
