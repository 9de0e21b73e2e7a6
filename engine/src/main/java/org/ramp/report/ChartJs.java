package org.ramp.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** Chart.js as the webjar on the class path ships it, ready to inline into a report. */
final class ChartJs {
    private static final String POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private static volatile String script;

    private ChartJs() {
    }

    /** The webjar's version, read from its pom.properties so that the path follows the dependency. */
    static String version() {
        try (InputStream in = resource(POM)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POM, e);
        }
    }

    /** chart.umd.js, safe to put between {@code <script>} and {@code </script>}. */
    static String script() {
        String result = script;
        if (result == null) {
            String path = "META-INF/resources/webjars/chart.js/" + version() + "/dist/chart.umd.js";
            try (InputStream in = resource(path)) {
                result = inline(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            script = result;
        }
        return result;
    }

    /**
     * Drops the source-map comment (a browser's developer tools would try to load the map) and makes sure
     * nothing in the code can close the script element early.
     */
    static String inline(String code) {
        String withoutMap = code.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
        if (withoutMap.toLowerCase(Locale.ROOT).contains("</script")) {
            // only possible inside a string or regular expression literal, where <\/ means the same
            withoutMap = withoutMap.replaceAll("(?i)</(script)", "<\\\\/$1");
        }
        return withoutMap;
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = ChartJs.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is not on the class path (the org.webjars.npm:chart.js dependency)");
        }
        return in;
    }
}
