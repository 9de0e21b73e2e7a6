package org.ramp.gateway;

import java.util.Arrays;

/**
 * The endpoint's API key. Only the gateway's request to the endpoint reads it; its {@code toString}
 * hides it, so that a record, a log line or an exception message never carries it by accident, and
 * {@link #scrub} takes it out of any text before it is written, as defence in depth.
 */
public final class Secret {
    private static final String HIDDEN = "***";
    private final char[] value;

    private Secret(char[] value) {
        this.value = value.clone();
    }

    public static Secret of(char[] value) {
        return new Secret(value);
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    /** No key: for endpoints that need none, such as a local server. */
    public static Secret none() {
        return new Secret(new char[0]);
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** The key itself, for the Authorization header to the endpoint and nothing else. */
    String reveal() {
        return new String(value);
    }

    /** The text with every occurrence of the key replaced by {@code ***}; null stays null. */
    public String scrub(String text) {
        if (text == null || value.length == 0) {
            return text;
        }
        return text.replace(reveal(), HIDDEN);
    }

    /** Overwrites the key in memory; the secret is empty afterwards. */
    public void wipe() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "Secret[" + HIDDEN + "]";
    }
}
