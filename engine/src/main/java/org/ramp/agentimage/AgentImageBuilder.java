package org.ramp.agentimage;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ramp.sandbox.ContainerOutcome;
import org.ramp.sandbox.ContainerProfile;
import org.ramp.sandbox.DockerEngine;
import org.ramp.sandbox.Mount;
import org.ramp.sandbox.SandboxException;
import org.ramp.toolchain.ToolchainInfo;
import org.ramp.util.FileTrees;
import org.ramp.util.Hashing;
import org.ramp.util.Progress;

/**
 * Finds or builds a recipe's agent image, FROM the toolchain image: Node and npm from the npm registry's
 * tarballs (checked against the recipe's integrity), the CLI installed by npm at its pinned version in a
 * container of the toolchain image, then an image of the toolchain's layers and one layer more. The tag
 * carries a hash of the recipe, the install script and the toolchain image's id, so an unchanged recipe
 * on the same toolchain is found, not rebuilt; npm's downloads and the installed tree stay in the user's
 * cache folder, so a rebuild (a new toolchain image) installs nothing again.
 */
public final class AgentImageBuilder {
    public static final String REPOSITORY_PREFIX = "ramp-agent-";
    static final String RECIPE_LABEL = "io.ramp.agent-recipe";
    private static final String INSTALL_SCRIPT = "install.sh";
    private static final String HOST_CA = "/etc/ssl/certs/ca-certificates.crt";

    private final DockerEngine docker;
    private final ToolchainInfo toolchain;
    private final AgentCache cache;
    private final NpmRegistry registry;
    private final Progress progress;

    public AgentImageBuilder(DockerEngine docker, ToolchainInfo toolchain, AgentCache cache, NpmRegistry registry,
            Progress progress) {
        this.docker = docker;
        this.toolchain = toolchain;
        this.cache = cache;
        this.registry = registry;
        this.progress = progress;
    }

    /** What building the recipe's image took, or that it was found. */
    public record Built(AgentImage image, boolean found, double seconds, long sizeBytes) {
    }

    /** The recipe's image tag on this toolchain. */
    public String tag(AgentRecipe recipe) {
        MessageDigest digest = Hashing.sha256();
        digest.update(installKey(recipe).getBytes(StandardCharsets.UTF_8));
        digest.update(toolchain.imageId().getBytes(StandardCharsets.UTF_8));
        return REPOSITORY_PREFIX + recipe.name() + ":" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** The recipe's image when it exists with this recipe's hash. */
    public Optional<AgentImage> find(AgentRecipe recipe) {
        String tag = tag(recipe);
        return docker.image(tag).filter(image -> installKey(recipe).equals(label(image)))
                .map(image -> AgentImage.check(docker, toolchain, tag, "the agent image"));
    }

    /** The recipe's image, built first when missing (or always, with {@code rebuild}). */
    public Built ensure(AgentRecipe recipe, boolean rebuild) {
        long started = System.nanoTime();
        Optional<AgentImage> found = rebuild ? Optional.empty() : find(recipe);
        if (found.isPresent()) {
            return new Built(found.get(), true, 0, size(found.get().id()));
        }
        Path install = install(recipe);
        String tag = tag(recipe);
        progress.line("building " + tag + " FROM " + toolchain.tag() + " (" + recipe.cli().spec() + ")");
        Path context = null;
        Deque<String> tail = new ArrayDeque<>();
        try {
            // beside the cached tree, so that the tar is linked into the build context, not copied
            context = Files.createTempDirectory(install.getParent(), "context-");
            Files.createLink(context.resolve("install.tar"), install);
            FileTrees.copy(recipe.dir(), context.resolve("recipe"));
            Files.writeString(context.resolve("Dockerfile"), dockerfile(recipe));
            docker.client().buildImageCmd()
                    .withBaseDirectory(context.toFile())
                    .withDockerfile(context.resolve("Dockerfile").toFile())
                    .withTags(Set.of(tag))
                    .withLabels(Map.of(RECIPE_LABEL, installKey(recipe), "io.ramp.agent", recipe.name(),
                            "io.ramp.toolchain-image", toolchain.imageId()))
                    .withPull(false)
                    .withRemove(true)
                    .exec(new BuildImageResultCallback() {
                        @Override
                        public void onNext(BuildResponseItem item) {
                            if (item.getStream() != null) {
                                item.getStream().lines().forEach(line -> remember(tail, line));
                            }
                            if (item.getErrorDetail() != null) {
                                remember(tail, item.getErrorDetail().getMessage());
                            }
                            super.onNext(item);
                        }
                    })
                    .awaitImageId(30, TimeUnit.MINUTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the build context of " + tag, e);
        } catch (RuntimeException e) {
            throw new SandboxException("building " + tag + " failed: " + DockerEngine.rootMessage(e)
                    + "\nlast lines of the build:\n" + String.join("\n", tail), e);
        } finally {
            if (context != null) {
                FileTrees.delete(context);
            }
        }
        AgentImage image = AgentImage.check(docker, toolchain, tag, "the agent image just built");
        double seconds = (System.nanoTime() - started) / 1e9;
        long size = size(image.id());
        progress.line(String.format(Locale.ROOT, "agent image %s (%s) ready in %.0f s, %.2f GB", tag,
                DockerEngine.shortId(image.id()), seconds, size / 1e9));
        return new Built(image, false, seconds, size);
    }

    /**
     * The installed tree as a tar, from the cache, or made by npm in a container of the toolchain image
     * (the only step with network).
     */
    Path install(AgentRecipe recipe) {
        Path folder = cache.install(recipe.name(), installKey(recipe).substring(0, 12));
        Path tar = folder.resolve("install.tar");
        if (Files.isRegularFile(tar)) {
            progress.line("using the installed " + recipe.cli().spec() + " cached in " + folder);
            return tar;
        }
        Path node = registry.tarball(recipe.node());
        Path npm = registry.tarball(recipe.npm());
        Path out = null;
        Path job = null;
        try {
            // folders of this build alone: two builds of one recipe at once each make their own tar
            Files.createDirectories(folder);
            out = Files.createTempDirectory(folder, "out-");
            job = Files.createTempDirectory(folder, "job-");
            Files.createDirectories(cache.npm());
            Files.writeString(job.resolve("setup.sh"), String.join("\n", recipe.setup()) + "\n");
            Files.write(job.resolve(INSTALL_SCRIPT), script());
            List<Mount> mounts = new java.util.ArrayList<>(List.of(Mount.readOnly(cache.tarballs(), "/ramp/tarballs"),
                    Mount.readWrite(cache.npm(), "/ramp/npm-cache"), Mount.readWrite(out, "/ramp/out"),
                    Mount.readOnly(job, "/ramp/job")));
            if (Files.isRegularFile(Path.of(HOST_CA))) {
                mounts.add(Mount.readOnly(Path.of(HOST_CA).toRealPath(), "/ramp/host-ca.crt"));
            }
            List<String> command = new java.util.ArrayList<>(List.of("env", "RAMP_NODE_TGZ=" + node.getFileName(),
                    "RAMP_NPM_TGZ=" + npm.getFileName(), "RAMP_CLI=" + recipe.cli().spec(), "RAMP_OWNER=" + owner(folder),
                    "npm_config_registry=" + registry.base()));
            for (String proxy : List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy")) {
                String value = System.getenv(proxy);
                if (value != null && !value.isBlank()) {
                    command.add(proxy + "=" + value);
                }
            }
            command.addAll(List.of("bash", "/ramp/job/" + INSTALL_SCRIPT));
            ContainerProfile profile = new ContainerProfile(toolchain.tag(), ContainerProfile.RUNNER_USER, 4L << 30, 2.0,
                    2048, "bridge", Map.of(DockerEngine.LABEL, "agent-install"));
            progress.line("installing " + recipe.cli().spec() + " with npm from " + registry.base()
                    + " (Node " + recipe.node().version() + ", npm " + recipe.npm().version() + ")");
            ContainerOutcome outcome = docker.run(profile.spec(command, mounts, Duration.ofMinutes(30)));
            if (outcome.exitCode() != 0 || !Files.isRegularFile(out.resolve("install.tar"))) {
                throw new SandboxException("installing " + recipe.cli().spec() + " failed (exit " + outcome.exitCode()
                        + (outcome.timedOut() ? ", timed out" : "") + "); last lines:\n" + outcome.logTail());
            }
            outcome.logTail().lines().filter(line -> line.startsWith("node ") || line.startsWith("installed"))
                    .forEach(line -> progress.line("  " + line));
            Files.move(out.resolve("install.tar"), tar, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return tar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the install of " + recipe.cli().spec() + " in " + folder, e);
        } finally {
            if (out != null) {
                FileTrees.delete(out);
            }
            if (job != null) {
                FileTrees.delete(job);
            }
        }
    }

    /** The recipe's hash with the install script's: what the installed tree depends on. */
    String installKey(AgentRecipe recipe) {
        MessageDigest digest = Hashing.sha256();
        digest.update(recipe.hash().getBytes(StandardCharsets.UTF_8));
        digest.update(script());
        return HexFormat.of().formatHex(digest.digest());
    }

    String dockerfile(AgentRecipe recipe) {
        StringBuilder file = new StringBuilder();
        file.append("# the agent image of the recipe ").append(recipe.name()).append(": the toolchain image and")
                .append(" one layer\n");
        file.append("FROM ").append(toolchain.tag()).append('\n');
        file.append("ADD install.tar /opt/\n");
        file.append("COPY recipe/ ").append(AgentRecipe.IN_IMAGE).append("/\n");
        file.append("ENV PATH=/opt/ramp-agent/cli/bin:/opt/ramp-agent/node/bin:${PATH}\n");
        for (Map.Entry<String, String> variable : recipe.environment().entrySet()) {
            file.append("ENV ").append(variable.getKey()).append("=\"").append(variable.getValue()
                    .replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$")).append("\"\n");
        }
        return file.toString();
    }

    private static String label(InspectImageResponse image) {
        return image.getConfig() == null || image.getConfig().getLabels() == null ? null
                : image.getConfig().getLabels().get(RECIPE_LABEL);
    }

    private long size(String id) {
        return docker.image(id).map(InspectImageResponse::getSize).orElse(0L);
    }

    private static String owner(Path folder) throws IOException {
        return Files.getAttribute(folder, "unix:uid") + ":" + Files.getAttribute(folder, "unix:gid");
    }

    private static byte[] script() {
        try (InputStream in = AgentImageBuilder.class.getResourceAsStream(INSTALL_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(INSTALL_SCRIPT + " is missing from the engine's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remember(Deque<String> tail, String line) {
        tail.add(line);
        while (tail.size() > 30) {
            tail.removeFirst();
        }
    }
}
