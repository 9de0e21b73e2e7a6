package org.ramp.agentimage;

import java.util.regex.Pattern;

/**
 * A package of the npm registry at one exact version, with the integrity (sha512, base64, as the
 * registry's {@code dist.integrity} gives it) when the engine downloads it itself.
 */
public record NpmPackage(String name, String version, String integrity) {
    private static final Pattern NAME = Pattern.compile("(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*");
    /** An exact version, never a range: a recipe builds the same image every time. */
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    private static final Pattern INTEGRITY = Pattern.compile("sha512-[A-Za-z0-9+/]{86}==");

    /** Checks the fields, naming {@code where} (file and field) in the message. */
    static NpmPackage of(String where, String name, String version, String integrity, boolean integrityNeeded) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new RecipeException(where + ".name " + quoted(name) + ": give an npm package name, e.g. "
                    + "@qwen-code/qwen-code");
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new RecipeException(where + ".version " + quoted(version) + ": give one exact version, e.g. 0.24.4,"
                    + " never a range (npm view " + name + " version prints the latest)");
        }
        if (integrityNeeded && (integrity == null || !INTEGRITY.matcher(integrity).matches())) {
            throw new RecipeException(where + ".integrity " + quoted(integrity) + ": give the registry's sha512"
                    + " integrity of " + name + "@" + version + " (npm view " + name + "@" + version
                    + " dist.integrity)");
        }
        return new NpmPackage(name, version, integrity);
    }

    /** name@version, as npm install takes it. */
    public String spec() {
        return name + "@" + version;
    }

    /** The tarball's file name in the registry: {@code name-version.tgz}, without a scope. */
    public String tarballName() {
        String plain = name.contains("/") ? name.substring(name.indexOf('/') + 1) : name;
        return plain + "-" + version + ".tgz";
    }

    /** Where the registry keeps the tarball, below its base URL. */
    public String tarballPath() {
        return name + "/-/" + tarballName();
    }

    private static String quoted(String value) {
        return value == null ? "(missing)" : "\"" + value + "\"";
    }
}
