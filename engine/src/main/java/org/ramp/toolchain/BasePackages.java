package org.ramp.toolchain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ramp.sandbox.SandboxException;
import org.ramp.toolchain.debian.DebianMirror;
import org.ramp.toolchain.debian.DebianPackage;
import org.ramp.toolchain.debian.DependencyResolver;
import org.ramp.toolchain.debian.DownloadCache;
import org.ramp.toolchain.debian.MirrorException;
import org.ramp.toolchain.debian.PackageIndex;
import org.ramp.toolchain.debian.ReleaseFile;
import org.ramp.toolchain.debian.ReleaseSignature;
import org.ramp.util.Progress;
import org.tukaani.xz.XZInputStream;

/**
 * Decides and fetches the base's packages, trusting nothing the mirror says that Debian's keys do not
 * vouch for: the suite's Release must carry a good signature by a trusted key; the Packages index
 * must have the SHA-256 the Release lists; every .deb the SHA-256 the index lists. The packages are
 * those of priority required and, for a minimal base, apt, with everything they depend on.
 */
public final class BasePackages {
    /**
     * Installed with the required packages: it says that /usr is merged, as the first stage lays it out
     * (without it, init-system-helpers' dependency on "usrmerge | usr-is-merged" would bring usrmerge,
     * which merges /usr itself, and perl).
     */
    static final String MERGED_USR = "usr-is-merged";
    /** What a minimal base has besides (debootstrap's minbase); bookworm's apt is of priority required already. */
    static final List<String> MINBASE = List.of("apt");

    /** The rule that chooses the packages, as the base's hash records it. */
    static String selection() {
        return "priority:required," + MERGED_USR + "," + String.join(",", MINBASE);
    }
    private static final int PARALLEL_DOWNLOADS = 4;

    private final DebianMirror mirror;
    private final DownloadCache cache;
    private final ReleaseSignature trust;
    private final Progress progress;

    public BasePackages(DebianMirror mirror, DownloadCache cache, ReleaseSignature trust,
            Progress progress) {
        this.mirror = mirror;
        this.cache = cache;
        this.trust = trust;
        this.progress = progress;
    }

    /** The trusted keys: Debian's, or the keyring file RAMP_DEBIAN_KEYRING names (a mirror re-signed in house). */
    public static ReleaseSignature trustedKeys() {
        String path = System.getenv("RAMP_DEBIAN_KEYRING");
        if (path == null || path.isBlank()) {
            return ReleaseSignature.debian();
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return ReleaseSignature.trusting(in);
        } catch (IOException e) {
            throw new SandboxException("RAMP_DEBIAN_KEYRING=" + path + " is not a readable OpenPGP keyring ("
                    + e.getMessage() + "); name a keyring file, or unset it to trust Debian's archive keys", e);
        }
    }

    /** The signed Release's package index, then the packages resolved and downloaded (or found in the cache). */
    public BootstrapPlan plan(BaseImage base) {
        PackageIndex index = index(base);
        DependencyResolver resolver = new DependencyResolver(index);
        List<String> seeds = index.withPriority("required").stream().map(DebianPackage::name).toList();
        List<DebianPackage> required = resolver.resolve(append(seeds, List.of(MERGED_USR)));
        List<String> withApt = append(seeds, append(List.of(MERGED_USR), MINBASE));
        Set<String> requiredNames = new HashSet<>(required.stream().map(DebianPackage::name).toList());
        List<DebianPackage> more = resolver.resolve(withApt).stream()
                .filter(pkg -> !requiredNames.contains(pkg.name())).toList();
        List<DebianPackage> all = new ArrayList<>(required);
        all.addAll(more);
        return new BootstrapPlan(base.mirror(), base.suite(), required, more, download(all));
    }

    private static List<String> append(List<String> list, List<String> more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(more);
        return all;
    }

    private PackageIndex index(BaseImage base) {
        String dist = "dists/" + base.suite() + "/";
        byte[] release = mirror.fetch(dist + "Release", 8 << 20);
        byte[] signature = mirror.fetch(dist + "Release.gpg", 1 << 20);
        List<String> signers;
        try {
            signers = trust.verify(release, signature);
        } catch (ReleaseSignature.SignatureException e) {
            throw new MirrorException("the Release file " + mirror.url(dist + "Release") + " is not vouched for by "
                    + "a trusted key: " + e.getMessage() + "; the mirror is not Debian's or was tampered with"
                    + " (RAMP_DEBIAN_KEYRING names other keys to trust)");
        }
        ReleaseFile releaseFile;
        try {
            releaseFile = ReleaseFile.parse(release);
        } catch (IOException e) {
            throw new MirrorException("the Release file " + mirror.url(dist + "Release") + " is malformed: "
                    + e.getMessage());
        }
        if (!releaseFile.isFor(base.suite())) {
            throw new MirrorException("the Release file " + mirror.url(dist + "Release") + " is for "
                    + releaseFile.codename() + ", not " + base.suite());
        }
        progress.line("Release of " + base.suite() + " (" + releaseFile.date() + ") from " + mirror.url()
                + ", signed by " + String.join("; ", signers));
        String indexPath = "main/binary-" + base.architecture() + "/Packages.xz";
        ReleaseFile.Entry entry = releaseFile.entry(indexPath).orElseThrow(() -> new MirrorException(
                "the Release file " + mirror.url(dist + "Release") + " does not list " + indexPath));
        Path xz = cache.get(dist + indexPath, entry.sha256(), entry.size(), "the index " + indexPath);
        try (InputStream in = new XZInputStream(new BufferedInputStream(Files.newInputStream(xz), 1 << 16))) {
            return PackageIndex.read(in);
        } catch (IOException e) {
            throw new MirrorException("the index " + mirror.url(dist + indexPath) + " is unreadable: " + e.getMessage(), e);
        }
    }

    private Map<String, Path> download(List<DebianPackage> packages) {
        long missing = packages.stream().filter(pkg -> !cache.has(pkg.sha256())).mapToLong(DebianPackage::size).sum();
        long count = packages.stream().filter(pkg -> !cache.has(pkg.sha256())).count();
        progress.line(String.format(Locale.ROOT, "%d packages (%.1f MB): %d to download (%.1f MB), the others cached",
                packages.size(), packages.stream().mapToLong(DebianPackage::size).sum() / 1e6, count, missing / 1e6));
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_DOWNLOADS, run -> {
            Thread thread = new Thread(run, "ramp-deb-download");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Path>> futures = new LinkedHashMap<>();
            for (DebianPackage pkg : packages) {
                futures.put(pkg.name(), pool.submit(() ->
                        cache.get(pkg.filename(), pkg.sha256(), pkg.size(), "package " + pkg)));
            }
            Map<String, Path> debs = new LinkedHashMap<>();
            for (var future : futures.entrySet()) {
                debs.put(future.getKey(), future.getValue().get());
            }
            return debs;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new MirrorException("downloading from " + mirror.url() + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MirrorException("interrupted while downloading from " + mirror.url(), e);
        } finally {
            pool.shutdownNow();
        }
    }
}
