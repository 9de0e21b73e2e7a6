package org.ramp.grading.ast;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reading and printing ASTs as JSON. Trees may be deep (a long chain of binary operators is as deep as
 * it is long), so reading allows {@value #MAX_DEPTH} levels of JSON nesting, and printing puts one node
 * on a line without indentation, so that files grow with the number of nodes, not with their depth.
 */
public final class AstJson {
    /** JSON nesting levels; each AST level takes two (the node and its children list). */
    public static final int MAX_DEPTH = 4000;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build());

    private AstJson() {
    }

    public static JsonNode read(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** One node a line: its own keys compact, then each child on the lines that follow. */
    public static String print(JsonNode tree) {
        return DeepRecursion.call(() -> {
            StringBuilder out = new StringBuilder();
            node(tree, out);
            return out.append('\n').toString();
        });
    }

    private static void node(JsonNode node, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(scalar(field.getKey())).append(':');
            if (AstNormaliser.CHILDREN.contains(field.getKey()) && field.getValue().isArray()) {
                out.append('[');
                int i = 0;
                for (JsonNode child : field.getValue()) {
                    out.append(i++ == 0 ? "\n" : ",\n");
                    node(child, out);
                }
                out.append(']');
            } else {
                out.append(field.getValue().toString());
            }
        }
        out.append('}');
    }

    private static String scalar(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
