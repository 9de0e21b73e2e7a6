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
            description = "Build the toolchain image from Debian packages: no registry, no root, no debootstrap, only a "
                    + "Docker engine and the Debian mirror (RAMP_DEBIAN_MIRROR). Idempotent: the tag carries a hash of "
                    + "the recipe, so an unchanged recipe is not rebuilt; builds at once on one machine take turns.")
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
                ToolchainInfo info;
                if (rebuild) {
                    info = images.rebuild(recipe);
                } else {
                    var found = images.find(recipe);
                    found.ifPresent(image -> Progress.stderr().line(image.tag() + " is up to date"));
                    info = found.orElseGet(() -> images.ensure(recipe));
                }
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
