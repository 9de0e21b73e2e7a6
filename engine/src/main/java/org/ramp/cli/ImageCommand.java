package org.ramp.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.ramp.sandbox.DockerEngine;
import org.ramp.toolchain.ImageRecipe;
import org.ramp.toolchain.ToolchainImage;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ramp image}: the toolchain image. */
@Command(name = "image", description = "Build or inspect the toolchain image.", mixinStandardHelpOptions = true,
        subcommands = {ImageCommand.Build.class, ImageCommand.Info.class})
final class ImageCommand {

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the toolchain image from Debian packages (debootstrap base, no registry). "
                    + "Idempotent: the tag carries a hash of the recipe, so an unchanged recipe is not rebuilt.")
    static final class Build implements Callable<Integer> {
        @Mixin
        Home home;

        @Option(names = "--rebuild", description = "build even when an image with the recipe's tag exists")
        boolean rebuild;

        @Override
        public Integer call() throws Exception {
            ImageRecipe recipe = ImageRecipe.of(home.loadWorkload());
            try (DockerEngine docker = DockerEngine.connect()) {
                ToolchainImage images = new ToolchainImage(docker, Progress.stderr());
                ToolchainInfo info = rebuild ? images.build(recipe) : images.find(recipe).map(found -> {
                    Progress.stderr().line(found.tag() + " is up to date");
                    return found;
                }).orElseGet(() -> images.build(recipe));
                print(info);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Print the tag, id, size and clang version of the toolchain image; exit 1 if it is missing.")
    static final class Info implements Callable<Integer> {
        @Mixin
        Home home;

        @Override
        public Integer call() throws Exception {
            ImageRecipe recipe = ImageRecipe.of(home.loadWorkload());
            try (DockerEngine docker = DockerEngine.connect()) {
                var info = new ToolchainImage(docker, Progress.stderr()).find(recipe);
                if (info.isEmpty()) {
                    System.out.println(recipe.tag() + " is not built; run: ramp image build");
                    return ExitCodes.CHECK_FAILED;
                }
                print(info.get());
            }
            return ExitCodes.OK;
        }
    }

    static void print(ToolchainInfo info) {
        System.out.printf(Locale.ROOT, "image  %s%nid     %s%nsize   %.2f GB%nclang  %s%n", info.tag(), info.imageId(),
                info.sizeBytes() / 1e9, info.clangVersion());
    }
}
