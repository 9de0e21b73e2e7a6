package org.ramp.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices by model name (exact match). The engine bundles a small default table
 * ({@code org/ramp/gateway/prices.json}: public list prices at the date each entry gives, which go
 * stale); users override or extend it with their own file, merged over the defaults, or with
 * {@code --price MODEL=IN,CACHED,OUT}. File format:
 * <pre>
 * {"models": {"my-model": {"input": 1.25, "cachedInput": 0.125, "output": 10.0,
 *                          "source": "https://...", "asOf": "2025-06-01"}}}
 * </pre>
 * Prices are USD per million tokens; {@code cachedInput} defaults to {@code input}.
 */
public final class PriceTable {
    public static final String FILE_FORMAT = "{\"models\": {\"MODEL\": {\"input\": 1.25, \"cachedInput\": 0.125, "
            + "\"output\": 10.0}}} (USD per million tokens)";
    public static final String OPTION_FORMAT = "--price MODEL=IN,CACHED,OUT (USD per million input, cached-input "
            + "and output tokens)";
    private static final String DEFAULTS = "prices.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ModelPrice> prices;

    private PriceTable(Map<String, ModelPrice> prices) {
        this.prices = new TreeMap<>(prices);
    }

    public static PriceTable empty() {
        return new PriceTable(Map.of());
    }

    /** The bundled table of a few well-known models. */
    public static PriceTable defaults() {
        try (InputStream in = PriceTable.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the engine's resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + DEFAULTS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + DEFAULTS, e);
        }
    }

    /** A user's price file. */
    public static PriceTable read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new GatewayException("price file " + file + " does not exist; its format is " + FILE_FORMAT);
        } catch (IOException e) {
            throw new GatewayException("cannot read price file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A price table in the file format; {@code origin} names it in error messages. */
    public static PriceTable parse(String json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new GatewayException(origin + " is not valid JSON (" + e.getOriginalMessage()
                    + "); its format is " + FILE_FORMAT);
        }
        if (root == null || !root.path("models").isObject()) {
            throw new GatewayException(origin + " has no \"models\" object; its format is " + FILE_FORMAT);
        }
        Map<String, ModelPrice> prices = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = root.get("models").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String model = entry.getKey();
            JsonNode price = entry.getValue();
            double input = number(origin, model, price, "input", null);
            double cached = number(origin, model, price, "cachedInput", input);
            double output = number(origin, model, price, "output", null);
            try {
                prices.put(model, new ModelPrice(model, input, cached, output,
                        price.path("source").asText(origin), price.path("asOf").asText("")));
            } catch (IllegalArgumentException e) {
                throw new GatewayException(origin + ": " + e.getMessage());
            }
        }
        return new PriceTable(prices);
    }

    private static double number(String origin, String model, JsonNode price, String field, Double fallback) {
        JsonNode value = price.get(field);
        if (value == null && fallback != null) {
            return fallback;
        }
        if (value == null || !value.isNumber()) {
            throw new GatewayException(origin + ": model " + model + " needs a number \"" + field
                    + "\" (USD per million tokens), found " + (value == null ? "nothing" : value)
                    + "; the format is " + FILE_FORMAT);
        }
        return value.asDouble();
    }

    /** Parses {@code MODEL=IN,CACHED,OUT}, as given to {@code --price}. The model name may contain '='; the prices follow the last one. */
    public static ModelPrice parseOption(String spec) {
        int eq = spec == null ? -1 : spec.lastIndexOf('=');
        if (eq <= 0) {
            throw new GatewayException("bad price '" + spec + "': expected " + OPTION_FORMAT);
        }
        String model = spec.substring(0, eq).strip();
        String[] parts = spec.substring(eq + 1).split(",", -1);
        if (parts.length != 3) {
            throw new GatewayException("bad price '" + spec + "': expected three numbers after '=', "
                    + OPTION_FORMAT);
        }
        double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new GatewayException("bad price '" + spec + "': '" + parts[i].strip()
                        + "' is not a number; expected " + OPTION_FORMAT);
            }
        }
        try {
            return new ModelPrice(model, values[0], values[1], values[2], "command line", "");
        } catch (IllegalArgumentException e) {
            throw new GatewayException("bad price '" + spec + "': " + e.getMessage());
        }
    }

    /** This table with {@code over}'s entries replacing or adding to its own. */
    public PriceTable merge(PriceTable over) {
        Map<String, ModelPrice> merged = new TreeMap<>(prices);
        merged.putAll(over.prices);
        return new PriceTable(merged);
    }

    public PriceTable with(ModelPrice price) {
        Map<String, ModelPrice> merged = new TreeMap<>(prices);
        merged.put(price.model(), price);
        return new PriceTable(merged);
    }

    public Optional<ModelPrice> find(String model) {
        return Optional.ofNullable(prices.get(model));
    }

    /** The model's price, or an error naming the model and the two ways to give one. */
    public ModelPrice require(String model) {
        ModelPrice price = prices.get(model);
        if (price == null) {
            throw new GatewayException("no price for model '" + model + "': the gateway prices every call, so give"
                    + " one with " + OPTION_FORMAT.replace("MODEL", model) + " or in a price file as "
                    + FILE_FORMAT.replace("MODEL", model) + "; known models: " + String.join(", ", prices.keySet()));
        }
        return price;
    }

    public Collection<ModelPrice> prices() {
        return prices.values();
    }

    /** The table in the file format. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode models = root.putObject("models");
        for (ModelPrice price : prices.values()) {
            models.putObject(price.model())
                    .put("input", price.inputPerMillion())
                    .put("cachedInput", price.cachedInputPerMillion())
                    .put("output", price.outputPerMillion())
                    .put("source", price.source())
                    .put("asOf", price.asOf());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
