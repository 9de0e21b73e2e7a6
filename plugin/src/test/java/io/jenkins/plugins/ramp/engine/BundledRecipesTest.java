package io.jenkins.plugins.ramp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The recipes the Snippet Generator offers are those the engine bundle carries, as the build listed them. */
class BundledRecipesTest {
    @Test
    void theBuildListsEveryRecipeFolderOfTheBundle() throws IOException {
        List<String> folders;
        try (Stream<Path> agents = Files.list(Path.of("../agents"))) {
            folders = agents.filter(dir -> Files.isRegularFile(dir.resolve("recipe.json")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        }
        assertThat(folders).contains("qwen-code", "opencode");
        assertThat(BundledRecipes.names()).isEqualTo(folders);
        assertThat(BundledRecipes.names()).allMatch(RunOptions.Agents::isRecipe).doesNotContainAnyElementsOf(
                RunOptions.Agents.ALL);
    }

    @Test
    void whatIsNotARecipesNameIsLeftOut() {
        assertThat(BundledRecipes.parse("qwen-code\nopencode\r\n\nBad_Name\nnoop\n../x\nqwen-code\n"))
                .containsExactly("opencode", "qwen-code");
        assertThat(BundledRecipes.parse("")).isEmpty();
    }
}
