package org.ramp.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report, the comparison and the gates write numbers, money, tokens, durations and times. */
public final class Formats {
    public static final String ABSENT = "-";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String decimals(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", zero(value));
    }

    static String score(Double value) {
        return value == null ? ABSENT : decimals(value, 1);
    }

    static String metric(Double value) {
        return value == null ? ABSENT : decimals(value, 2);
    }

    /** Dollars: runs cost from a few cents to hundreds, so small amounts keep three places. */
    static String usd(Double value) {
        if (value == null) {
            return ABSENT;
        }
        return "$" + decimals(value, Math.abs(value) < 10 ? 3 : 2);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Token counts at a glance: 9.36 M, 412 k, 950. */
    static String compact(long value) {
        long abs = Math.abs(value);
        if (abs >= 1_000_000_000L) {
            return decimals(value / 1e9, 2) + " G";
        }
        if (abs >= 1_000_000L) {
            return decimals(value / 1e6, 2) + " M";
        }
        if (abs >= 10_000L) {
            return decimals(value / 1e3, 0) + " k";
        }
        return Long.toString(value);
    }

    /** A duration for people: 31.2 s, 13 min 25 s, 2 h 05 min. */
    static String duration(Double seconds) {
        if (seconds == null) {
            return ABSENT;
        }
        if (seconds < 60) {
            return decimals(seconds, 1) + " s";
        }
        long whole = Math.round(seconds);
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole % 3600 / 60);
    }

    static String time(Instant instant) {
        return instant == null ? ABSENT : TIME.format(instant);
    }

    static String shortTime(Instant instant) {
        return instant == null ? "?" : SHORT.format(instant);
    }

    static Double secondsBetween(Instant start, Instant end) {
        return start == null || end == null ? null : Duration.between(start, end).toMillis() / 1000.0;
    }

    /** A difference with its sign always written: +1.50, -0.25, +0.00. */
    static String signed(double value, int places) {
        return String.format(Locale.ROOT, "%+." + places + "f", zero(value));
    }

    static String signedCount(long value) {
        return String.format(Locale.ROOT, "%+,d", value);
    }

    /**
     * A value in its unit: "score" (2 places), "seconds", "usd", "tokens", "count" or "stage" (whole
     * numbers); "-" when there is none.
     */
    public static String byUnit(Double value, String unit) {
        if (value == null) {
            return ABSENT;
        }
        return switch (unit) {
            case "seconds" -> decimals(value, 1) + " s";
            case "usd" -> usd(value);
            case "tokens", "count", "stage" -> count(Math.round(value));
            default -> decimals(value, 2);
        };
    }

    /** A difference in its unit with its sign always written (units as {@link #byUnit}). */
    public static String signedByUnit(Double value, String unit) {
        if (value == null) {
            return ABSENT;
        }
        return switch (unit) {
            case "seconds" -> signed(value, 1) + " s";
            case "usd" -> (value < 0 ? "-$" : "+$") + decimals(Math.abs(value), Math.abs(value) < 10 ? 3 : 2);
            case "tokens", "count", "stage" -> signedCount(Math.round(value));
            default -> signed(value, 2);
        };
    }

    /** -0.0 would print as "-0.00". */
    private static double zero(double value) {
        return value == 0 ? 0 : value;
    }
}
