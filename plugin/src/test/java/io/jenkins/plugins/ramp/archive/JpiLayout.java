package io.jenkins.plugins.ramp.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What the target Jenkins needs of ramp.jpi, as a list of problems (empty: the archive is right). Checked by
 * reading the archive only; {@code JpiArchiveIT} runs it on the built archive and on broken copies of it.
 */
final class JpiLayout {
    static final String SHORT_NAME = "ramp";
    static final List<String> OUTER_ATTRIBUTES = List.of("Manifest-Version", "Group-Id", "Artifact-Id", "Short-Name",
            "Long-Name", "Extension-Name", "Plugin-Version", "Implementation-Version", "Jenkins-Version",
            "Minimum-Java-Version", "Url", "Plugin-Developers", "Plugin-Dependencies");
    static final List<String> EXTENSIONS = List.of("io.jenkins.plugins.ramp.config.RampGlobalConfiguration",
            "io.jenkins.plugins.ramp.steps.RampRunStep$DescriptorImpl",
            "io.jenkins.plugins.ramp.steps.RampStageStep$DescriptorImpl",
            "io.jenkins.plugins.ramp.steps.RampResurrectStep$DescriptorImpl",
            "io.jenkins.plugins.ramp.steps.RampAssessStep$DescriptorImpl",
            "io.jenkins.plugins.ramp.steps.RampRecordStep$DescriptorImpl",
            "io.jenkins.plugins.ramp.gates.QualityGateArgument$DescriptorImpl",
            "io.jenkins.plugins.ramp.actions.RampJobActionFactory");
    /** Static files the pages load, at the archive's root (served under /plugin/ramp/). */
    static final List<String> STATIC = List.of("js/chart.umd.js", "js/ramp-trends.js", "css/ramp.css",
            "images/ramp.svg");
    /** Compile-only API, and the build's annotation processors: none may ship. */
    static final Pattern COMPILE_ONLY = Pattern.compile("(hudson|jenkins|org/kohsuke|org/jenkinsci|com/cloudbees"
            + "|org/springframework|org/jvnet/hudson|net/java/sezpoz)/.*\\.class");
    static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style|\\son[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);
    static final String JELLY_HEADER = "<?jelly escape-by-default='true'?>";

    private final Map<String, String> installed;
    private final List<String> problems = new ArrayList<>();

    JpiLayout(Map<String, String> installed) {
        this.installed = installed;
    }

    List<String> check(byte[] jpi) throws IOException {
        Map<String, byte[]> outer = entries(jpi);
        byte[] manifestBytes = outer.get("META-INF/MANIFEST.MF");
        if (manifestBytes == null) {
            problems.add("no META-INF/MANIFEST.MF");
            return problems;
        }
        Attributes main = new Manifest(new ByteArrayInputStream(manifestBytes)).getMainAttributes();
        for (String attribute : OUTER_ATTRIBUTES) {
            if (main.getValue(attribute) == null || main.getValue(attribute).isBlank()) {
                problems.add("archive manifest lacks " + attribute);
            }
        }
        expect(SHORT_NAME.equals(main.getValue("Short-Name")), "Short-Name is not " + SHORT_NAME);
        expect("17".equals(main.getValue("Minimum-Java-Version")), "Minimum-Java-Version is not 17");
        expect(Versions.compare(String.valueOf(main.getValue("Jenkins-Version")), "2.479.3") <= 0,
                "Jenkins-Version " + main.getValue("Jenkins-Version") + " is newer than 2.479.3");
        dependencies(String.valueOf(main.getValue("Plugin-Dependencies")));
        for (Map.Entry<String, byte[]> e : outer.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                jar(name, e.getValue(), main);
            } else if (name.endsWith(".jelly")) {
                jelly(name, e.getValue());
            }
        }
        expect(outer.containsKey("WEB-INF/lib/" + SHORT_NAME + ".jar"), "no WEB-INF/lib/" + SHORT_NAME + ".jar");
        for (String file : STATIC) {
            expect(outer.containsKey(file), "no " + file + " at the archive's root (the pages load it)");
        }
        return problems;
    }

    private void jar(String name, byte[] bytes, Attributes outer) throws IOException {
        Map<String, byte[]> entries = entries(bytes);
        if (name.matches("WEB-INF/lib/jackson-.*\\.jar")) {
            problems.add(name + " is bundled: Jackson comes from the jackson2-api plugin");
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String entry = e.getKey();
            if (COMPILE_ONLY.matcher(entry).matches()) {
                problems.add(name + " carries a compile-only class " + entry);
            }
            if (entry.startsWith("com/fasterxml/")) {
                problems.add(name + " carries Jackson's " + entry);
            }
            if (entry.endsWith(".class") && e.getValue().length > 8 && (((e.getValue()[6] & 0xff) << 8)
                    | (e.getValue()[7] & 0xff)) > 61) {
                problems.add(name + "!" + entry + " is newer than Java 17");
            }
            if (entry.endsWith(".jelly")) {
                jelly(name + "!" + entry, e.getValue());
            }
        }
        if (!name.equals("WEB-INF/lib/" + SHORT_NAME + ".jar")) {
            return;
        }
        byte[] manifest = entries.get("META-INF/MANIFEST.MF");
        Attributes inner = manifest == null ? new Attributes() : new Manifest(new ByteArrayInputStream(manifest))
                .getMainAttributes();
        expect(SHORT_NAME.equals(inner.getValue("Short-Name")) && outer.getValue("Plugin-Version") != null
                && outer.getValue("Plugin-Version").equals(inner.getValue("Plugin-Version")),
                "inner jar manifest lacks Short-Name or Plugin-Version (Jenkins would refuse to save the plugin's objects)");
        expect(entries.containsKey("index.jelly"), "no index.jelly at the inner jar's root");
        String extensions = new String(entries.getOrDefault("META-INF/annotations/hudson.Extension", new byte[0]),
                StandardCharsets.ISO_8859_1);
        for (String extension : EXTENSIONS) {
            expect(extensions.contains(extension), "SezPoz index META-INF/annotations/hudson.Extension lacks " + extension);
        }
        String symbols = new String(entries.getOrDefault("META-INF/services/annotations/org.jenkinsci.Symbol",
                new byte[0]), StandardCharsets.UTF_8);
        expect(symbols.lines().anyMatch("io.jenkins.plugins.ramp.config.RampGlobalConfiguration"::equals),
                "META-INF/services/annotations/org.jenkinsci.Symbol does not list RampGlobalConfiguration");
        String exported = new String(entries.getOrDefault(
                "META-INF/services/annotations/org.kohsuke.stapler.export.ExportedBean", new byte[0]),
                StandardCharsets.UTF_8);
        expect(exported.lines().anyMatch("io.jenkins.plugins.ramp.actions.RampBuildAction"::equals),
                "META-INF/services/annotations/org.kohsuke.stapler.export.ExportedBean does not list RampBuildAction");
        byte[] step = entries.get("io/jenkins/plugins/ramp/steps/RampRunStep.class");
        String stepClass = step == null ? "" : new String(step, StandardCharsets.ISO_8859_1);
        expect(stepClass.contains("MethodParameters") && stepClass.contains("LocalVariableTable"),
                "RampRunStep.class was not compiled with -parameters and -g");
        bundle(entries.get("io/jenkins/plugins/ramp/engine/engine-bundle.tar.gz"),
                entries.get("io/jenkins/plugins/ramp/engine/agent-recipes.txt"));
    }

    /** The engine bundle: the engine's jar and RAMP_HOME, with the executable bits the workload has. */
    private void bundle(byte[] tarGz, byte[] recipeList) throws IOException {
        if (tarGz == null) {
            problems.add("no engine bundle io/jenkins/plugins/ramp/engine/engine-bundle.tar.gz");
            return;
        }
        Map<String, Integer> modes = Tar.modes(new GZIPInputStream(new ByteArrayInputStream(tarGz)));
        for (String required : List.of("ramp.jar", "tasks/workload.json", "golden/manifest.json",
                "agents/qwen-code/recipe.json")) {
            expect(modes.containsKey(required), "the engine bundle lacks " + required);
        }
        // the recipes the Snippet Generator offers (agent-recipes.txt) are exactly the bundle's agents/NAME/recipe.json
        java.util.Set<String> bundled = new java.util.TreeSet<>();
        for (String path : modes.keySet()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("agents/([^/]+)/recipe\\.json").matcher(path);
            if (m.matches()) {
                bundled.add(m.group(1));
            }
        }
        java.util.Set<String> listed = new java.util.TreeSet<>();
        if (recipeList != null) {
            new String(recipeList, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).forEach(listed::add);
        }
        expect(recipeList != null && listed.equals(bundled), "io/jenkins/plugins/ramp/engine/agent-recipes.txt lists "
                + (recipeList == null ? "nothing (missing)" : listed) + ", the engine bundle has the recipes " + bundled);
        Integer script = modes.get("tasks/starter/tests/run_public.py");
        expect(script != null && (script & 0100) != 0, "tasks/starter/tests/run_public.py lost its executable bit");
    }

    private void jelly(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        expect(text.startsWith(JELLY_HEADER), name + " does not start with " + JELLY_HEADER);
        expect(!INLINE.matcher(text).find(), name + " has an inline script, style or event handler");
    }

    private void dependencies(String spec) {
        for (String dependency : spec.split(",")) {
            String[] parts = dependency.split(";")[0].trim().split(":");
            String have = installed.get(parts[0]);
            expect(parts.length == 2 && have != null && Versions.compare(parts[1], have) <= 0,
                    "dependency " + dependency + " is not installed at that version or newer (installed: " + have + ")");
        }
    }

    private void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** Version order as Jenkins' update center compares plugin versions, enough for these. */
    static final class Versions {
        private Versions() {
        }

        static int compare(String a, String b) {
            String[] x = a.split("[.\\-_]");
            String[] y = b.split("[.\\-_]");
            for (int i = 0; i < Math.max(x.length, y.length); i++) {
                String p = i < x.length ? x[i] : "";
                String q = i < y.length ? y[i] : "";
                int c = p.matches("\\d+") && q.matches("\\d+") ? Long.compare(Long.parseLong(p), Long.parseLong(q))
                        : p.compareTo(q);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }

    /** A tar reader for the bundle: names (ustar prefix and PAX path records) and modes. */
    static final class Tar {
        private Tar() {
        }

        static Map<String, Integer> modes(InputStream in) throws IOException {
            Map<String, Integer> modes = new LinkedHashMap<>();
            String paxPath = null;
            while (true) {
                byte[] header = in.readNBytes(512);
                if (header.length < 512 || header[0] == 0) {
                    return modes;
                }
                long size = octal(header, 124, 12);
                byte type = header[156];
                byte[] body = in.readNBytes((int) ((size + 511) / 512 * 512));
                if (type == 'x') {
                    for (String record : new String(body, 0, (int) size, StandardCharsets.UTF_8).split("\n")) {
                        int eq = record.indexOf(" path=");
                        if (eq >= 0) {
                            paxPath = record.substring(eq + " path=".length());
                        }
                    }
                    continue;
                }
                String name = paxPath != null ? paxPath : text(header, 345, 155).isEmpty() ? text(header, 0, 100)
                        : text(header, 345, 155) + "/" + text(header, 0, 100);
                paxPath = null;
                if (type == '0' || type == 0) {
                    modes.put(name, (int) octal(header, 100, 8));
                }
            }
        }

        private static String text(byte[] b, int off, int len) {
            int end = off;
            while (end < off + len && b[end] != 0) {
                end++;
            }
            return new String(b, off, end - off, StandardCharsets.UTF_8);
        }

        private static long octal(byte[] b, int off, int len) {
            String t = text(b, off, len).trim();
            return t.isEmpty() ? 0 : Long.parseLong(t, 8);
        }
    }
}
