package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The endpoint's API key. Only the gateway's request to the endpoint reads it; its {@code toString}
 * hides it, so that a record, a log line or an exception message never carries it by accident.
 *
 * <p>Every key the process holds is known here, so that {@link #scrub(String)} takes all of them out of
 * any text, in any spelling {@link KeyPattern} knows (plain, JSON {@code \}{@code u} and {@code \/}
 * escapes, percent-encoding), and {@link #scrub(JsonNode)} out of decoded JSON. It is the one way the
 * engine cleans what it prints or writes: the gateway scrubs everything it relays or records, and
 * whatever prints or saves text that came from the model uses it too. A key shorter than
 * {@value #MIN_SCRUBBED_LENGTH} characters is not scrubbed: it cannot be told apart from ordinary
 * text (and is no secret worth the name).
 */
public final class Secret {
    /** Keys shorter than this are not scrubbed. */
    public static final int MIN_SCRUBBED_LENGTH = 8;
    private static final String HIDDEN = KeyPattern.HIDDEN;
    /** The keys alive in this process; a key forgotten by everyone, or wiped, leaves. */
    private static final Set<Secret> LIVE = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final char[] value;
    private volatile KeyPattern pattern;

    private Secret(char[] value) {
        this.value = value.clone();
        if (value.length >= MIN_SCRUBBED_LENGTH) {
            this.pattern = new KeyPattern(new String(value));
            LIVE.add(this);
        }
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

    /** The text with every live key, in every spelling, replaced by {@code ***}; null stays null. */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        for (KeyPattern key : patterns()) {
            text = key.replace(text);
        }
        return text;
    }

    /**
     * The JSON with every string value and field name scrubbed after decoding (so a key spelled with
     * escapes is found), the same node when nothing changed, else a changed copy; null stays null.
     */
    public static JsonNode scrub(JsonNode json) {
        List<KeyPattern> keys = patterns();
        return json == null || keys.isEmpty() ? json : scrubbed(json, keys);
    }

    /** Where in {@code text} a key might begin that more text would complete; its length when nowhere. */
    static int heldFrom(String text) {
        int from = text.length();
        for (KeyPattern key : patterns()) {
            from = Math.min(from, key.heldFrom(text));
        }
        return from;
    }

    static List<KeyPattern> patterns() {
        List<KeyPattern> keys = new ArrayList<>();
        synchronized (LIVE) {
            for (Secret secret : LIVE) {
                KeyPattern key = secret.pattern;
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static JsonNode scrubbed(JsonNode node, List<KeyPattern> keys) {
        if (node.isTextual()) {
            String text = node.asText();
            String clean = text;
            for (KeyPattern key : keys) {
                clean = key.replace(clean);
            }
            return clean.equals(text) ? node : TextNode.valueOf(clean);
        }
        if (node.isArray()) {
            ArrayNode copy = null;
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = scrubbed(node.get(i), keys);
                if (child != node.get(i)) {
                    copy = copy == null ? (ArrayNode) node.deepCopy() : copy;
                    copy.set(i, child);
                }
            }
            return copy == null ? node : copy;
        }
        if (node.isObject()) {
            boolean changed = false;
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                for (KeyPattern key : keys) {
                    name = key.replace(name);
                }
                JsonNode child = scrubbed(field.getValue(), keys);
                changed |= child != field.getValue() || !name.equals(field.getKey());
                copy.set(name, child);
            }
            return changed ? copy : node;
        }
        return node;
    }

    /** Overwrites the key in memory; the secret is empty afterwards and no longer scrubbed. */
    public void wipe() {
        Arrays.fill(value, '\0');
        pattern = null;
        LIVE.remove(this);
    }

    @Override
    public String toString() {
        return "Secret[" + HIDDEN + "]";
    }
}
