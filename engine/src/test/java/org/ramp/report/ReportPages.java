package org.ramp.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a rendered report back in tests. */
final class ReportPages {
    static final String DATA_OPEN = "<script type=\"application/json\" id=\"ramp-chart-data\">";

    private ReportPages() {
    }

    /** The chart data block, parsed as JSON. */
    static JsonNode chartData(String page) throws IOException {
        int start = page.indexOf(DATA_OPEN);
        assertThat(start).as("the chart data block").isNotNegative();
        int end = page.indexOf("</script>", start);
        return new ObjectMapper().readTree(page.substring(start + DATA_OPEN.length(), end));
    }

    /** The page without the contents of its three scripts: the markup run.json's text is escaped into. */
    static String markup(String page) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = page.indexOf("<script", at);
            if (open < 0) {
                return out.append(page, at, page.length()).toString();
            }
            int content = page.indexOf('>', open) + 1;
            out.append(page, at, content).append("...");
            at = page.indexOf("</script>", content);
        }
    }

    /** Like AssertJ's contains, but names only the missing part instead of printing a 300 kB page. */
    static void assertContains(String page, String... parts) {
        for (String part : parts) {
            assertThat(page.contains(part)).as("the page contains %s", part).isTrue();
        }
    }

    static void assertLacks(String page, String... parts) {
        for (String part : parts) {
            assertThat(page.contains(part)).as("the page does not contain %s", part).isFalse();
        }
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static int countMatches(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
