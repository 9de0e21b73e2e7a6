package io.jenkins.plugins.ramp.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Jelly file of the plugin, forms and pages: escapes by default, has no raw output, no inline script or style,
 * no event handler attribute, and no link or source whose start an expression decides (so no {@code javascript:}).
 */
class JellyFilesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\b(href|src|action)=\"([^\"]*)\"");

    static Stream<Path> jellyFiles() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(RESOURCES)) {
            files = all.filter(p -> p.toString().endsWith(".jelly")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("jellyFiles")
    void escapesByDefaultWithNoRawOutputScriptStyleOrHandler(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " starts escaping by default").startsWith("<?jelly escape-by-default='true'?>");
        assertThat(text).as(file.toString()).doesNotContain("<j:out").doesNotContain("escapeText")
                .doesNotContain("escape-by-default='false'").doesNotContain("<style").doesNotContain("style=\"");
        assertThat(Pattern.compile("\\son[a-z]+\\s*=").matcher(text).find()).as(file + " has an on* handler").isFalse();
        Matcher script = Pattern.compile("<script([^>]*)>").matcher(text);
        while (script.find()) {
            assertThat(script.group(1)).as(file + ": a script with its code in a file").contains("src=\"${resURL}/plugin/ramp/js/");
            assertThat(text.substring(script.end()).trim()).as(file + ": nothing inside the script element")
                    .startsWith("</script>");
        }
        Matcher url = URL_ATTRIBUTE.matcher(text);
        while (url.find()) {
            String value = url.group(2);
            assertThat(!value.startsWith("${") || value.startsWith("${rootURL}") || value.startsWith("${resURL}"))
                    .as(file + ": " + url.group(0) + " starts with an expression").isTrue();
        }
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()); // well-formed
    }
}
