package org.ramp.grading.ast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Reduces clang's JSON AST to what T2 is graded on: ids, source ranges, locations and bookkeeping keys
 * go; implicit declarations and the runtime library's prototypes (the {@code -include sylib.h} lines)
 * are dropped from the top level. Golden ASTs and candidates go through the same function.
 */
public final class AstNormaliser {
    /** Children lists, compared in this order as one list. */
    public static final List<String> CHILDREN = List.of("inner", "array_filler");
    /** Scalar keys kept as they are. */
    public static final List<String> SCALARS = List.of("kind", "name", "value", "opcode", "castKind");
    /** Functions of the runtime library, declared by sylib.h. */
    public static final Set<String> RUNTIME_FUNCTIONS = Set.of("getint", "getch", "getfloat", "getarray",
            "getfarray", "putint", "putch", "putfloat", "putarray", "putfarray", "putf", "starttime", "stoptime");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AstNormaliser() {
    }

    /** The normalised copy of a whole AST; the input is left as it is. */
    public static ObjectNode normalise(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the AST must be a JSON object (clang's TranslationUnitDecl)");
        }
        ObjectNode result = DeepRecursion.call(() -> node(root));
        JsonNode inner = result.get("inner");
        if (inner != null) {
            ArrayNode kept = NODES.arrayNode();
            JsonNode original = root.get("inner");
            for (int i = 0; i < inner.size(); i++) {
                if (!isHeaderOrImplicit(original.get(i))) {
                    kept.add(inner.get(i));
                }
            }
            result.set("inner", kept);
        }
        return result;
    }

    private static ObjectNode node(JsonNode source) {
        ObjectNode node = NODES.objectNode();
        for (String key : SCALARS) {
            JsonNode value = source.get(key);
            if (value != null && value.isValueNode() && !value.isNull()) {
                node.set(key, value);
            }
        }
        qualType(source.get("type")).ifPresent(type -> node.set("type", type));
        JsonNode declaration = source.get("referencedDecl");
        if (declaration != null && declaration.isObject()) {
            ObjectNode reference = NODES.objectNode();
            for (String key : List.of("kind", "name")) {
                JsonNode value = declaration.get(key);
                if (value != null && value.isValueNode() && !value.isNull()) {
                    reference.set(key, value);
                }
            }
            qualType(declaration.get("type")).ifPresent(type -> reference.set("type", type));
            node.set("referencedDecl", reference);
        }
        for (String key : CHILDREN) {
            JsonNode children = source.get(key);
            if (children != null && children.isArray()) {
                ArrayNode list = NODES.arrayNode();
                for (JsonNode child : children) {
                    if (child.isObject()) {
                        list.add(node(child));
                    }
                }
                node.set(key, list);
            }
        }
        return node;
    }

    private static java.util.Optional<ObjectNode> qualType(JsonNode type) {
        if (type != null && type.isObject() && type.has("qualType") && type.get("qualType").isValueNode()) {
            ObjectNode result = NODES.objectNode();
            result.set("qualType", type.get("qualType"));
            return java.util.Optional.of(result);
        }
        return java.util.Optional.empty();
    }

    private static boolean isHeaderOrImplicit(JsonNode declaration) {
        if (declaration == null || !declaration.isObject()) {
            return true;
        }
        if (declaration.path("isImplicit").asBoolean(false)) {
            return true;
        }
        boolean prototype = "FunctionDecl".equals(declaration.path("kind").asText())
                && RUNTIME_FUNCTIONS.contains(declaration.path("name").asText());
        if (!prototype) {
            return false;
        }
        for (JsonNode child : declaration.path("inner")) {
            if ("CompoundStmt".equals(child.path("kind").asText())) {
                return false;
            }
        }
        return true;
    }
}
