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
 * Finds or builds the toolchain image: a Debian base made from the mirror's packages (see
 * {@link BaseImageBuilder}), then the recipe's Dockerfile on top of it. Nothing comes from a
 * registry and nothing needs root on the host. Builds on one machine take turns ({@link BuildLock}):
 * a build that waited looks again and finds the image the other one made.
 */
public final class ToolchainImage {
    private final DockerEngine docker;
    private final Progress progress;
    private final UserCache cache;

    public ToolchainImage(DockerEngine docker, Progress progress) {
        this(docker, progress, UserCache.forUser());
    }

    public ToolchainImage(DockerEngine docker, Progress progress, UserCache cache) {
        this.docker = docker;
        this.progress = progress;
        this.cache = cache;
    }

    /** The image for this recipe, built first when it does not exist yet. */
    @SuppressWarnings("try") // the lock is held, not used
    public ToolchainInfo ensure(ImageRecipe recipe) {
        Optional<ToolchainInfo> found = find(recipe);
        if (found.isPresent()) {
            return found.get();
        }
        try (BuildLock lock = BuildLock.acquire(cache.lockFile(), progress)) {
            return find(recipe).map(image -> {
                progress.line(recipe.tag() + " was built meanwhile by another build");
                return image;
            }).orElseGet(() -> buildLocked(recipe));
        }
    }

    /** Builds the image even when it exists (its base only when missing), taking its turn with other builds. */
    @SuppressWarnings("try")
    public ToolchainInfo rebuild(ImageRecipe recipe) {
        try (BuildLock lock = BuildLock.acquire(cache.lockFile(), progress)) {
            return buildLocked(recipe);
        }
    }

    /** The image for this recipe when it exists. */
    public Optional<ToolchainInfo> find(ImageRecipe recipe) {
        return docker.image(recipe.tag()).map(image -> info(recipe.tag(), image));
    }

    /** Builds the image (and its base when missing) and reports the time it took and its size. */
    private ToolchainInfo buildLocked(ImageRecipe recipe) {
        long started = System.nanoTime();
        String baseTag = recipe.base().tag();
        if (docker.image(baseTag).isEmpty()) {
            new BaseImageBuilder(docker, cache, progress).build(recipe.base());
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
}
