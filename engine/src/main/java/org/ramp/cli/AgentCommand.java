package org.ramp.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ramp.agentimage.AgentImage;
import org.ramp.agentimage.AgentImageBuilder;
import org.ramp.agentimage.AgentRecipe;
import org.ramp.agentimage.AgentRecipes;
import org.ramp.agentimage.RecipeException;
import org.ramp.sandbox.DockerEngine;
import org.ramp.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ramp agent}: the agent recipes of agents/ and their images. */
@Command(name = "agent", description = "List the agent recipes (agents/NAME/recipe.json) or build one's image.",
        mixinStandardHelpOptions = true, subcommands = {AgentCommand.Build.class, AgentCommand.ListRecipes.class})
final class AgentCommand {

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the recipe's agent image FROM the toolchain image: Node and npm from the npm registry,"
                    + " the CLI installed by npm at its pinned version. Idempotent: the tag carries a hash of the recipe"
                    + " and the toolchain image's id, so an unchanged recipe is found, not rebuilt; npm's downloads are"
                    + " kept in the user's cache folder ($XDG_CACHE_HOME/ramp or ~/.cache/ramp).")
    static final class Build implements Callable<Integer> {
        @Mixin
        Home home;

        @Parameters(paramLabel = "NAME", description = "the recipe, a folder of agents/")
        String name;

        @Option(names = "--rebuild", description = "build even when the recipe's image exists")
        boolean rebuild;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            AgentRecipe recipe = recipe(name, spec);
            try (DockerSession session = DockerSession.open(home.loadWorkload())) {
                AgentImageBuilder.Built built;
                try {
                    built = AgentImages.builder(session).ensure(recipe, rebuild);
                } catch (RecipeException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                if (built.found()) {
                    Progress.stderr().line(built.image().reference() + " is up to date");
                }
                System.out.printf(Locale.ROOT, "image  %s%nid     %s%nsize   %.2f GB%ncli    %s%nfrom   %s%n",
                        built.image().reference(), built.image().id(), built.sizeBytes() / 1e9, recipe.cli().spec(),
                        session.toolchain.tag());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the agent recipes: name, CLI package and version, whether verified, and the image"
                    + " tag it builds (with --images, whether that image exists; needs Docker).")
    static final class ListRecipes implements Callable<Integer> {
        @Mixin
        Home home;

        @Option(names = "--images", description = "also say whether each recipe's image is built (needs Docker)")
        boolean images;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            AgentRecipes recipes = new AgentRecipes(Home.agents());
            List<String> names = recipes.names();
            if (names.isEmpty()) {
                spec.commandLine().getOut().println("no agent recipes in " + recipes.root());
                return ExitCodes.OK;
            }
            DockerSession session = images ? DockerSession.open(home.loadWorkload()) : null;
            try {
                for (String recipeName : names) {
                    AgentRecipe recipe = recipe(recipeName, spec);
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s %-32s %s", recipe.name(),
                            recipe.cli().spec(), recipe.verified() == null ? "not verified" : "verified: "
                                    + recipe.verified()));
                    if (session != null) {
                        AgentImageBuilder builder = AgentImages.builder(session);
                        line.append("\n             image ").append(builder.tag(recipe)).append(builder.find(recipe)
                                .map(AgentImage::id).map(id -> " (" + DockerEngine.shortId(id) + ")")
                                .orElse(" (not built: ramp agent build " + recipe.name() + ")"));
                    }
                    spec.commandLine().getOut().println(line);
                }
            } finally {
                spec.commandLine().getOut().flush();
                if (session != null) {
                    session.close();
                }
            }
            return ExitCodes.OK;
        }
    }

    static AgentRecipe recipe(String name, CommandSpec spec) {
        try {
            return new AgentRecipes(Home.agents()).load(name);
        } catch (RecipeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
