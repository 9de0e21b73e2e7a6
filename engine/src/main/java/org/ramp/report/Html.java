package org.ramp.report;

/** Escaping for text that comes from run.json: agent output, reasons, evidence, model names. */
final class Html {
    private Html() {
    }

    /** Text safe in element content and in quoted attribute values; null becomes "". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON made safe inside {@code <script type="application/json">}. Every {@code <} becomes
     * {@code \u003c}, which covers {@code </script>} and also {@code <!--}, which {@code </} → {@code <\/}
     * alone would not; {@code >} and {@code &} go the same way. JSON.parse reads the text unchanged.
     */
    static String jsonInScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
