package org.ramp.toolchain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.ramp.util.Hashing;
import org.ramp.workload.Workload;

/**
 * What the toolchain image is made of: the base, the recipe folder (Dockerfile, package list) and
 * the runtime library's sources. Its tag carries a hash of all three, so a changed recipe names a new
 * image and an unchanged one is found again instead of rebuilt.
 */
public record ImageRecipe(BaseImage base, Path recipeDir, Path runtimeDir) {
    public static final String REPOSITORY = "ramp-toolchain";

    public static ImageRecipe of(Workload workload) {
        return new ImageRecipe(BaseImage.bookworm(), workload.toolchainDir(), workload.runtimeDir());
    }

    public String hash() {
        MessageDigest digest = Hashing.sha256();
        digest.update(base.hash().getBytes(StandardCharsets.UTF_8));
        Hashing.addTree(digest, recipeDir, "recipe");
        Hashing.addTree(digest, runtimeDir, "runtime");
        return HexFormat.of().formatHex(digest.digest());
    }

    public String tag() {
        return REPOSITORY + ":" + hash().substring(0, 12);
    }
}
