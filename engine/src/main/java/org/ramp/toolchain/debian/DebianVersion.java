package org.ramp.toolchain.debian;

import java.util.Comparator;

/**
 * Debian's version order (epoch, upstream version, revision; letters before other characters, and
 * {@code ~} before anything, even the end), so that the newest of several versions of a package in
 * one index is the one taken, as apt does.
 */
public final class DebianVersion {
    public static final Comparator<String> ORDER = DebianVersion::compare;

    private DebianVersion() {
    }

    public static int compare(String a, String b) {
        String[] left = split(a);
        String[] right = split(b);
        int epoch = Long.compare(Long.parseLong(left[0]), Long.parseLong(right[0]));
        if (epoch != 0) {
            return epoch;
        }
        int upstream = compareFragment(left[1], right[1]);
        return upstream != 0 ? upstream : compareFragment(left[2], right[2]);
    }

    /** Epoch (0 when absent), upstream version, revision (empty when absent). */
    private static String[] split(String version) {
        String rest = version.strip();
        String epoch = "0";
        int colon = rest.indexOf(':');
        if (colon > 0 && rest.substring(0, colon).chars().allMatch(c -> c >= '0' && c <= '9')) {
            epoch = rest.substring(0, colon);
            rest = rest.substring(colon + 1);
        }
        int dash = rest.lastIndexOf('-');
        return dash < 0 ? new String[] {epoch, rest, ""}
                : new String[] {epoch, rest.substring(0, dash), rest.substring(dash + 1)};
    }

    /** dpkg's verrevcmp: alternating non-digit and digit runs. */
    private static int compareFragment(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            int firstDiff = 0;
            while ((i < a.length() && !isDigit(a.charAt(i)))
                    || (j < b.length() && !isDigit(b.charAt(j)))) {
                int ac = i < a.length() ? weight(a.charAt(i)) : 0;
                int bc = j < b.length() ? weight(b.charAt(j)) : 0;
                if (ac != bc) {
                    return Integer.compare(ac, bc);
                }
                i++;
                j++;
            }
            while (i < a.length() && a.charAt(i) == '0') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == '0') {
                j++;
            }
            while (i < a.length() && isDigit(a.charAt(i))
                    && j < b.length() && isDigit(b.charAt(j))) {
                if (firstDiff == 0) {
                    firstDiff = Integer.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
            if (i < a.length() && isDigit(a.charAt(i))) {
                return 1;
            }
            if (j < b.length() && isDigit(b.charAt(j))) {
                return -1;
            }
            if (firstDiff != 0) {
                return firstDiff;
            }
        }
        return 0;
    }

    /** A character's rank in a non-digit run: ~ lowest, then the end (and a digit), letters, the rest. */
    private static int weight(char c) {
        if (isDigit(c)) {
            return 0;
        }
        if (c == '~') {
            return -1;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return c;
        }
        return c + 256;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
