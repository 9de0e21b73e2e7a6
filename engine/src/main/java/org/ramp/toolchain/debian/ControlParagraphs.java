package org.ramp.toolchain.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads Debian control data (Release, Packages: deb822 paragraphs separated by blank lines, fields
 * continued on lines that start with a space). Only the fields asked for are kept, so that a Packages
 * index of 60,000 paragraphs is read without holding all of it.
 */
public final class ControlParagraphs {
    private ControlParagraphs() {
    }

    /**
     * Calls {@code each} with every paragraph, as field name (case-insensitive) to value; continuation
     * lines are joined with a newline, as a multi-line field (Release's SHA256) needs.
     *
     * @param fields the fields to keep, or null for all of them
     */
    public static void read(InputStream in, Set<String> fields, Consumer<Map<String, String>> each)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        Map<String, String> paragraph = newParagraph();
        String field = null;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    each.accept(paragraph);
                    paragraph = newParagraph();
                }
                field = null;
            } else if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (field != null) {
                    paragraph.merge(field, line.strip(), (old, more) -> old.isEmpty() ? more : old + "\n" + more);
                }
            } else if (line.charAt(0) != '#') {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("not a control field (no name before a colon): " + abbreviate(line));
                }
                String name = line.substring(0, colon).strip();
                if (fields == null || containsIgnoreCase(fields, name)) {
                    field = name;
                    paragraph.put(name, line.substring(colon + 1).strip());
                } else {
                    field = null;
                }
            }
        }
        if (!paragraph.isEmpty()) {
            each.accept(paragraph);
        }
    }

    private static Map<String, String> newParagraph() {
        return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }

    private static boolean containsIgnoreCase(Set<String> fields, String name) {
        for (String wanted : fields) {
            if (wanted.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String line) {
        String printable = line.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
