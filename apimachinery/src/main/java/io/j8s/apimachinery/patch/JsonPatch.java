package io.j8s.apimachinery.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;

/**
 * RFC 6902 JSON Patch ({@code application/json-patch+json}). A patch that is not an array of
 * operations is 400 Bad Request; an operation that does not apply (a failed {@code test}, a missing
 * path) is 422 as Kubernetes answers it, the reason in the cause worded like evanphx/json-patch.
 */
public final class JsonPatch {

    private JsonPatch() {}

    /** The patched document; {@code target} is left untouched. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isArray()) {
            String got = patch == null ? "null" : patch.isObject() ? "object" : patch.getNodeType().name().toLowerCase();
            throw ApiException.badRequest("json: cannot unmarshal " + got + " into Go value of type jsonpatch.Patch");
        }
        JsonNode doc = target.deepCopy();
        for (JsonNode op : patch) {
            if (!op.isObject()) {
                throw ApiException.badRequest("json: cannot unmarshal " + op.getNodeType().name().toLowerCase()
                        + " into Go value of type jsonpatch.Operation");
            }
            doc = applyOne(doc, op);
        }
        return doc;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op) {
        String kind = op.path("op").asText("unknown");
        return switch (kind) {
            case "add" -> add(doc, path(op, "path", kind), value(op, kind));
            case "remove" -> {
                JsonPointer path = path(op, "path", kind);
                remove(doc, path, "remove");
                yield doc;
            }
            case "replace" -> replace(doc, path(op, "path", kind), value(op, kind));
            case "move" -> {
                JsonPointer from = path(op, "from", kind);
                JsonPointer to = path(op, "path", kind);
                if (from.isPrefixOf(to)) {
                    throw PatchErrors.unprocessable("move operation does not apply: from path cannot be a prefix of the path: " + from.text());
                }
                JsonNode moved = get(doc, from);
                if (moved == null) {
                    throw PatchErrors.unprocessable("move operation does not apply: doc is missing from path: " + from.text() + ": missing value");
                }
                remove(doc, from, "move");
                yield add(doc, to, moved);
            }
            case "copy" -> {
                JsonPointer from = path(op, "from", kind);
                JsonNode copied = get(doc, from);
                if (copied == null) {
                    throw PatchErrors.unprocessable("copy operation does not apply: doc is missing from path: " + from.text() + ": missing value");
                }
                yield add(doc, path(op, "path", kind), copied.deepCopy());
            }
            case "test" -> {
                JsonPointer path = path(op, "path", kind);
                JsonNode actual = get(doc, path);
                JsonNode expected = op.has("value") ? op.get("value") : null;
                boolean same = actual == null ? expected == null || expected.isNull() : JsonEquality.equal(actual, expected);
                if (!same) {
                    throw PatchErrors.unprocessable("testing value " + path.text() + " failed: test failed");
                }
                yield doc;
            }
            default -> throw PatchErrors.unprocessable("Unexpected kind: " + kind + ": unknown object type");
        };
    }

    private static JsonPointer path(JsonNode op, String field, String kind) {
        JsonNode p = op.get(field);
        if (p == null || !p.isTextual()) {
            throw PatchErrors.unprocessable(kind + " operation failed to decode " + field);
        }
        return JsonPointer.parse(p.asText());
    }

    private static JsonNode value(JsonNode op, String kind) {
        if (!op.has("value")) {
            throw PatchErrors.unprocessable(kind + " operation has no value: missing value");
        }
        return op.get("value").deepCopy();
    }

    /** The node a pointer names, or null when there is none. */
    static JsonNode get(JsonNode doc, JsonPointer pointer) {
        JsonNode node = doc;
        for (String token : pointer.tokens()) {
            if (node instanceof ObjectNode object) {
                node = object.get(token);
            } else if (node instanceof ArrayNode array) {
                int i = index(token, array.size() - 1, false);
                node = i < 0 ? null : array.get(i);
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static JsonNode container(JsonNode doc, JsonPointer pointer, String kind) {
        JsonNode parent = get(doc, new JsonPointer(pointer.text(), pointer.parent()));
        if (parent == null || !parent.isContainerNode()) {
            throw PatchErrors.unprocessable(kind + " operation does not apply: doc is missing path: \"" + pointer.text() + "\": missing value");
        }
        return parent;
    }

    private static JsonNode add(JsonNode doc, JsonPointer path, JsonNode value) {
        if (path.isRoot()) {
            return value;
        }
        JsonNode parent = container(doc, path, "add");
        if (parent instanceof ObjectNode object) {
            object.set(path.last(), value);
        } else {
            ArrayNode array = (ArrayNode) parent;
            int i = path.last().equals("-") ? array.size() : index(path.last(), array.size(), true);
            array.insert(i, value);
        }
        return doc;
    }

    private static void remove(JsonNode doc, JsonPointer path, String kind) {
        if (path.isRoot()) {
            throw PatchErrors.unprocessable(kind + " operation does not apply: doc is missing path: \"\": missing value");
        }
        JsonNode parent = container(doc, path, kind);
        if (parent instanceof ObjectNode object) {
            if (!object.has(path.last())) {
                throw PatchErrors.unprocessable("error in remove for path: '" + path.text() + "': Unable to remove nonexistent key: "
                        + path.last() + ": missing value");
            }
            object.remove(path.last());
        } else {
            ArrayNode array = (ArrayNode) parent;
            array.remove(index(path.last(), array.size() - 1, true));
        }
    }

    private static JsonNode replace(JsonNode doc, JsonPointer path, JsonNode value) {
        if (path.isRoot()) {
            return value;
        }
        JsonNode parent = get(doc, new JsonPointer(path.text(), path.parent()));
        boolean present = parent instanceof ObjectNode object ? object.has(path.last())
                : parent instanceof ArrayNode array && index(path.last(), array.size() - 1, false) >= 0;
        if (!present) {
            throw PatchErrors.unprocessable("replace operation does not apply: doc is missing key: " + path.text() + ": missing value");
        }
        if (parent instanceof ObjectNode object) {
            object.set(path.last(), value);
        } else {
            ((ArrayNode) parent).set(index(path.last(), parent.size() - 1, true), value);
        }
        return doc;
    }

    /** An array index token in [0, max]; out of range is -1, or an error when {@code strict}. */
    private static int index(String token, int max, boolean strict) {
        int i;
        try {
            i = token.matches("0|[1-9][0-9]*") ? Integer.parseInt(token) : -1;
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i > max) {
            if (strict) {
                throw PatchErrors.unprocessable("Unable to access invalid index: " + token + ": invalid index referenced");
            }
            return -1;
        }
        return i;
    }
}
