package io.jenkins.plugins.ramp.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built ramp.jpi has what the target Jenkins needs; broken copies of it are caught, each for its defect. */
class JpiArchiveIT {
    static byte[] jpi;
    static Map<String, String> installed = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        jpi = Files.readAllBytes(Path.of(System.getProperty("ramp.jpi", "target/ramp.jpi")));
        for (String line : Files.readAllLines(Path.of(System.getProperty("ramp.installed.plugins",
                "../../shared/jenkins-api/installed-plugins.txt")))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                installed.put(parts[0], parts[1]);
            }
        }
    }

    private static List<String> problems(byte[] archive) throws IOException {
        return new JpiLayout(installed).check(archive);
    }

    @Test
    void theBuiltArchiveIsRight() throws IOException {
        assertThat(problems(jpi)).isEmpty();
        Map<String, byte[]> outer = JpiLayout.entries(jpi);
        // the engine's thin jar is the only library bundled: everything else comes from installed plugins
        assertThat(outer.keySet().stream().filter(n -> n.startsWith("WEB-INF/lib/")))
                .containsExactlyInAnyOrder("WEB-INF/lib/ramp.jar", "WEB-INF/lib/ramp-engine-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void anInnerJarWithoutShortNameIsCaught() throws IOException {
        byte[] broken = withInner(inner -> {
            inner.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nPlugin-Version: 0.1.0-SNAPSHOT\r\n\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            return inner;
        });
        assertThat(problems(broken)).anySatisfy(p -> assertThat(p).contains("inner jar manifest lacks Short-Name"));
    }

    @Test
    void aCompileOnlyClassIsCaught() throws IOException {
        byte[] broken = withInner(inner -> {
            inner.put("hudson/model/Run.class", new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 61});
            inner.put("org/jenkinsci/plugins/workflow/steps/Step.class", new byte[8]);
            return inner;
        });
        assertThat(problems(broken)).anySatisfy(p -> assertThat(p).contains("compile-only class hudson/model/Run.class"))
                .anySatisfy(p -> assertThat(p).contains("org/jenkinsci/plugins/workflow/steps/Step.class"));
    }

    @Test
    void jellyWithoutEscapingOrWithInlineScriptIsCaught() throws IOException {
        byte[] broken = withInner(inner -> {
            inner.put("io/jenkins/plugins/ramp/Bad/index.jelly", "<j:jelly xmlns:j=\"jelly:core\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            inner.put("io/jenkins/plugins/ramp/Worse/index.jelly", (JpiLayout.JELLY_HEADER
                    + "<div><script>alert(1)</script><a href='#' onclick='x()'>x</a></div>").getBytes(StandardCharsets.UTF_8));
            return inner;
        });
        assertThat(problems(broken)).anySatisfy(p -> assertThat(p).contains("Bad/index.jelly does not start with"))
                .anySatisfy(p -> assertThat(p).contains("Worse/index.jelly has an inline script"));
    }

    @Test
    void bundledJacksonAndANewerDependencyAreCaught() throws IOException {
        Map<String, byte[]> outer = JpiLayout.entries(jpi);
        outer.put("WEB-INF/lib/jackson-databind-2.17.0.jar", zip(Map.of("com/fasterxml/jackson/databind/ObjectMapper.class",
                new byte[8])));
        String manifest = new String(outer.get("META-INF/MANIFEST.MF"), StandardCharsets.UTF_8)
                .replace("workflow-step-api:686.v603d058a_e148", "workflow-step-api:700.v1");
        outer.put("META-INF/MANIFEST.MF", manifest.getBytes(StandardCharsets.UTF_8));
        assertThat(problems(zip(outer))).anySatisfy(p -> assertThat(p).contains("jackson-databind-2.17.0.jar is bundled"))
                .anySatisfy(p -> assertThat(p).contains("dependency workflow-step-api:700.v1 is not installed"));
    }

    @Test
    void anArchiveWithoutTheEngineOrTheIndexesIsCaught() throws IOException {
        byte[] broken = withInner(inner -> {
            inner.remove("io/jenkins/plugins/ramp/engine/engine-bundle.tar.gz");
            inner.remove("META-INF/annotations/hudson.Extension");
            inner.remove("META-INF/services/annotations/org.jenkinsci.Symbol");
            inner.remove("META-INF/services/annotations/org.kohsuke.stapler.export.ExportedBean");
            return inner;
        });
        assertThat(problems(broken)).anySatisfy(p -> assertThat(p).contains("no engine bundle"))
                .anySatisfy(p -> assertThat(p).contains("hudson.Extension lacks"))
                .anySatisfy(p -> assertThat(p).contains("org.jenkinsci.Symbol does not list"))
                .anySatisfy(p -> assertThat(p).contains("ExportedBean does not list RampBuildAction"));
    }

    @Test
    void aRecipeListOtherThanTheBundlesRecipesIsCaught() throws IOException {
        byte[] stale = withInner(inner -> {
            inner.put("io/jenkins/plugins/ramp/engine/agent-recipes.txt",
                    "qwen-code\nno-such-cli\n".getBytes(StandardCharsets.UTF_8));
            return inner;
        });
        assertThat(problems(stale)).anySatisfy(p -> assertThat(p).contains("agent-recipes.txt lists [no-such-cli,"
                + " qwen-code], the engine bundle has the recipes [opencode, qwen-code]"));
        byte[] missing = withInner(inner -> {
            inner.remove("io/jenkins/plugins/ramp/engine/agent-recipes.txt");
            return inner;
        });
        assertThat(problems(missing)).anySatisfy(p -> assertThat(p).contains("agent-recipes.txt lists nothing"));
    }

    @Test
    void anArchiveWithoutThePagesStaticFilesIsCaught() throws IOException {
        Map<String, byte[]> outer = JpiLayout.entries(jpi);
        outer.remove("js/chart.umd.js");
        assertThat(problems(zip(outer))).anySatisfy(p -> assertThat(p).contains("no js/chart.umd.js"));
    }

    private static byte[] withInner(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> outer = JpiLayout.entries(jpi);
        outer.put("WEB-INF/lib/ramp.jar", zip(change.apply(JpiLayout.entries(outer.get("WEB-INF/lib/ramp.jar")))));
        return zip(outer);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
