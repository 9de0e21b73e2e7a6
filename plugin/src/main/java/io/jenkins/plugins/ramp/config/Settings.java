package io.jenkins.plugins.ramp.config;

import java.util.regex.Pattern;
import org.ramp.gateway.PriceTable;

/** The checks of the global settings, plain so that tests cover them; the engine's own parser judges price tables. */
public final class Settings {
    /** A Docker image reference: [registry/]name[:tag][@digest], no spaces or shell characters. */
    private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-z0-9._/:@-]{0,254}");

    private Settings() {
    }

    public static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    public static String priceTableProblem(String json) {
        if (blankToNull(json) == null) {
            return null;
        }
        try {
            PriceTable.parse(json, "the global price table");
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    public static String imageProblem(String image) {
        String value = blankToNull(image);
        if (value == null || IMAGE.matcher(value).matches()) {
            return null;
        }
        return "'" + value + "' is not a Docker image reference such as ramp-toolchain:TAG";
    }

    public static String scaleProblem(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            double scale = Double.parseDouble(text);
            return scale > 0 && !Double.isInfinite(scale) ? null : "a scale must be a number above 0";
        } catch (NumberFormatException e) {
            return "'" + text + "' is not a number";
        }
    }
}
