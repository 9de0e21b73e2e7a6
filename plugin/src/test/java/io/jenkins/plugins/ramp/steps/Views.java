package io.jenkins.plugins.ramp.steps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A class's Jelly views and help files, found where Stapler finds them: resources under the class's name. */
final class Views {
    private static final Pattern ENTRY = Pattern.compile(
            "<f:entry\\s+field=\"(\\w+)\"[^>]*>\\s*<(f:textbox|f:textarea|f:select|c:select)([^>]*)/>");

    private Views() {
    }

    static String read(Class<?> type, String file) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The help file of a field, looked up in the class and then its superclasses, as Descriptor.getHelpFile does. */
    static String help(Class<?> type, String field) throws IOException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String text = read(c, field == null ? "help.html" : "help-" + field + ".html");
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** config.jelly's fields, each with its control and the control's attributes. */
    static Map<String, String> fields(String jelly) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(jelly);
        while (m.find()) {
            fields.put(m.group(1), m.group(2) + m.group(3));
        }
        return fields;
    }
}
