package org.ramp.toolchain;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ramp.sandbox.ContainerOutcome;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.SandboxException;
import org.ramp.util.FileTrees;
import org.ramp.util.Progress;

/**
 * Finds or builds the toolchain image: a debootstrap'd Debian imported as the base, then the recipe's
 * Dockerfile on top of it. Nothing comes from a registry.
 */
public final class ToolchainImage {
    private final DockerEngine docker;
    private final Progress progress;

    public ToolchainImage(DockerEngine docker, Progress progress) {
        this.docker = docker;
        this.progress = progress;
    }

    /** The image for this recipe, built first when it does not exist yet. */
    public ToolchainInfo ensure(ImageRecipe recipe) {
        return find(recipe).orElseGet(() -> build(recipe));
    }

    /** The image for this recipe when it exists. */
    public Optional<ToolchainInfo> find(ImageRecipe recipe) {
        return docker.image(recipe.tag()).map(image -> info(recipe.tag(), image));
    }

    /** Builds the image (and its base when missing) and reports the time it took and its size. */
    public ToolchainInfo build(ImageRecipe recipe) {
        long started = System.nanoTime();
        String baseTag = recipe.base().tag();
        if (docker.image(baseTag).isEmpty()) {
            new BaseImageBuilder(docker, progress).build(recipe.base());
        } else {
            progress.line("base image " + baseTag + " is present");
        }
        progress.line("building " + recipe.tag() + " from " + recipe.recipeDir() + " (Debian packages; a few minutes)");
        Path context = createContext(recipe);
        Deque<String> tail = new ArrayDeque<>();
        try {
            String imageId = docker.client().buildImageCmd()
                    .withBaseDirectory(context.toFile())
                    .withDockerfile(context.resolve("Dockerfile").toFile())
                    .withBuildArg("BASE", baseTag)
                    .withTags(Set.of(recipe.tag()))
                    .withLabels(Map.of("io.ramp.recipe", recipe.hash()))
                    .withPull(false)
                    .withRemove(true)
                    .exec(new BuildImageResultCallback() {
                        @Override
                        public void onNext(BuildResponseItem item) {
                            String text = item.getStream();
                            if (text != null) {
                                for (String line : text.split("\n")) {
                                    remember(tail, line);
                                    if (line.startsWith("Step ")) {
                                        progress.line("  " + shorten(line, 110));
                                    }
                                }
                            }
                            if (item.getErrorDetail() != null) {
                                remember(tail, item.getErrorDetail().getMessage());
                            }
                            super.onNext(item);
                        }
                    })
                    .awaitImageId(90, TimeUnit.MINUTES);
            progress.line("built " + recipe.tag() + " (" + DockerEngine.shortId(imageId) + ")");
        } catch (RuntimeException e) {
            throw new SandboxException("building " + recipe.tag() + " failed: " + DockerEngine.rootMessage(e)
                    + "\nlast lines of the build:\n" + String.join("\n", tail), e);
        } finally {
            FileTrees.delete(context);
        }
        ToolchainInfo info = find(recipe).orElseThrow(() ->
                new SandboxException("the build of " + recipe.tag() + " ended but the image is not there"));
        progress.line(String.format(Locale.ROOT, "toolchain image ready in %.0f s, %.2f GB, %s",
                (System.nanoTime() - started) / 1e9, info.sizeBytes() / 1e9, info.clangVersion()));
        return info;
    }

    private static Path createContext(ImageRecipe recipe) {
        try {
            Path context = Files.createTempDirectory("ramp-image-context");
            FileTrees.copy(recipe.recipeDir(), context);
            FileTrees.copy(recipe.runtimeDir(), context.resolve("runtime"));
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the image build context", e);
        }
    }

    private ToolchainInfo info(String tag, InspectImageResponse image) {
        ContainerOutcome version = docker.run(ContainerProfile.offline(tag, "toolchain-info")
                .spec(List.of("clang", "--version"), List.of(), Duration.ofMinutes(2)));
        String firstLine = version.logTail().lines().findFirst().orElse("").strip();
        if (version.exitCode() != 0 || firstLine.isEmpty()) {
            throw new SandboxException("clang --version failed in " + tag + ": " + version.logTail());
        }
        long size = image.getSize() == null ? 0 : image.getSize();
        return new ToolchainInfo(tag, image.getId(), firstLine, size);
    }

    private static void remember(Deque<String> tail, String line) {
        tail.add(line);
        while (tail.size() > 30) {
            tail.removeFirst();
        }
    }

    private static String shorten(String line, int max) {
        return line.length() <= max ? line : line.substring(0, max) + "...";
    }


    /** debootstrap into a temporary folder, then docker import of its tar. Needs root and debootstrap. */
    static final class BaseImageBuilder {
        private final DockerEngine docker;
        private final Progress progress;

        BaseImageBuilder(DockerEngine docker, Progress progress) {
            this.docker = docker;
            this.progress = progress;
        }

        void build(BaseImage base) {
            if (!"root".equals(System.getProperty("user.name"))) {
                throw new SandboxException("building the base image runs debootstrap, which needs root; run "
                        + "`ramp image build` as root once (the image is then reused by every user)");
            }
            if (!Files.isExecutable(Path.of("/usr/sbin/debootstrap"))) {
                throw new SandboxException("debootstrap is not installed; install it with: apt-get install -y "
                        + "debootstrap (./ramp does this for you)");
            }
            Path root = null;
            Path log = null;
            try {
                root = Files.createTempDirectory("ramp-debootstrap");
                log = Files.createTempFile("ramp-debootstrap", ".log");
                progress.line("debootstrap " + base.suite() + " (" + base.variant() + ") from " + base.mirror()
                        + " into " + root + " (about a minute)");
                Process debootstrap = new ProcessBuilder("/usr/sbin/debootstrap", "--variant=" + base.variant(),
                        base.suite(), root.toString(), base.mirror())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (debootstrap.waitFor() != 0) {
                    throw new SandboxException("debootstrap failed (exit " + debootstrap.exitValue()
                            + "); last lines:\n" + tail(log, 15));
                }
                progress.line("importing the base as " + base.tag());
                Process tar = new ProcessBuilder("tar", "--numeric-owner", "-C", root.toString(), "-c", ".")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String[] tag = base.tag().split(":", 2);
                try (InputStream stream = tar.getInputStream()) {
                    docker.importImage(stream, tag[0], tag[1]);
                }
                if (tar.waitFor() != 0) {
                    throw new SandboxException("tar of the debootstrap folder failed (exit " + tar.exitValue() + ")");
                }
                if (docker.image(base.tag()).isEmpty()) {
                    throw new SandboxException("docker import ended but " + base.tag() + " is not there");
                }
            } catch (IOException e) {
                throw new SandboxException("building the base image failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("building the base image was interrupted", e);
            } finally {
                if (root != null) {
                    FileTrees.delete(root);
                }
                if (log != null) {
                    FileTrees.delete(log);
                }
            }
        }

        private static String tail(Path log, int lines) throws IOException {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }
}
