package io.j8s.apimachinery.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import java.util.Locale;

/**
 * RFC 6902 JSON Patch ({@code application/json-patch+json}) as Kubernetes applies it with
 * evanphx/json-patch v4. A patch that is not an array of operations is 400 Bad Request; an
 * operation that does not apply (a failed {@code test}, a missing path) is 422 as Kubernetes
 * answers it, the library's words in the cause.
 */
public final class JsonPatch {

    private static final String MISSING = ": missing value";
    private static final String INVALID_INDEX = ": invalid index referenced";

    private JsonPatch() {}

    /** The patched document; {@code target} is left untouched. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isArray()) {
            throw ApiException.badRequest("json: cannot unmarshal " + goKind(patch) + " into Go value of type jsonpatch.Patch");
        }
        JsonNode doc = target.deepCopy();
        for (JsonNode op : patch) {
            if (!op.isObject()) {
                throw ApiException.badRequest("json: cannot unmarshal " + goKind(op) + " into Go value of type jsonpatch.Operation");
            }
            doc = applyOne(doc, op);
        }
        return doc;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op) {
        String kind = op.path("op").isTextual() ? op.get("op").asText() : "unknown";
        switch (kind) {
            case "add" -> {
                String path = path(op, "path", "add operation failed to decode path");
                Location at = locate(doc, path);
                if (at == null) {
                    throw fail("add operation does not apply: doc is missing path: \"" + path + "\"" + MISSING);
                }
                at.add(value(op), "error in add for path: '" + path + "': ");
            }
            case "remove" -> {
                String path = path(op, "path", "remove operation failed to decode path");
                Location at = locate(doc, path);
                if (at == null) {
                    throw fail("remove operation does not apply: doc is missing path: \"" + path + "\"" + MISSING);
                }
                at.remove("error in remove for path: '" + path + "': ");
            }
            case "replace" -> {
                String path = path(op, "path", "replace operation failed to decode path");
                if (path.isEmpty()) {
                    JsonNode value = value(op);
                    if (!value.isContainerNode()) {
                        throw fail("replace operation value must be object or array");
                    }
                    return value;
                }
                Location at = locate(doc, path);
                if (at == null) {
                    throw fail("replace operation does not apply: doc is missing path: " + path + MISSING);
                }
                if (at.get() == null) {
                    throw fail("replace operation does not apply: doc is missing key: " + path + MISSING);
                }
                at.set(value(op));
            }
            case "move" -> {
                String from = path(op, "from", "move operation failed to decode from");
                Location source = locate(doc, from);
                if (source == null) {
                    throw fail("move operation does not apply: doc is missing from path: " + from + MISSING);
                }
                JsonNode moved = source.getOrFail("error in move for path: '" + source.key + "': ");
                source.remove("error in move for path: '" + source.key + "': ");
                String path = path(op, "path", "move operation failed to decode path");
                Location dest = locate(doc, path);
                if (dest == null) {
                    throw fail("move operation does not apply: doc is missing destination path: " + path + MISSING);
                }
                dest.add(moved, "error in move for path: '" + path + "': ");
            }
            case "copy" -> {
                String from = path(op, "from", "copy operation failed to decode from");
                Location source = locate(doc, from);
                if (source == null) {
                    throw fail("copy operation does not apply: doc is missing from path: " + from + MISSING);
                }
                JsonNode copied = source.getOrFail("error in copy for from: '" + from + "': ").deepCopy();
                String path = path(op, "path", "copy operation failed to decode path");
                Location dest = locate(doc, path);
                if (dest == null) {
                    throw fail("copy operation does not apply: doc is missing destination path: " + path + MISSING);
                }
                dest.add(copied, "error while adding value during copy: ");
            }
            case "test" -> {
                String path = path(op, "path", "test operation failed to decode path");
                JsonNode actual;
                if (path.isEmpty()) {
                    actual = doc;
                } else {
                    Location at = locate(doc, path);
                    if (at == null) {
                        throw fail("test operation does not apply: is missing path: " + path + MISSING);
                    }
                    actual = at.get();
                }
                JsonNode expected = op.get("value");
                boolean same = actual == null || actual.isNull()
                        ? expected == null || expected.isNull()
                        : expected != null && JsonEquality.equal(actual, expected);
                if (!same) {
                    throw fail("testing value " + path + " failed: test failed");
                }
            }
            default -> throw fail("Unexpected kind: " + kind);
        }
        return doc;
    }

    private static ApiException fail(String why) {
        return PatchErrors.unprocessable(why);
    }

    private static String path(JsonNode op, String field, String failure) {
        JsonNode p = op.get(field);
        if (p == null || !p.isTextual()) {
            throw fail(failure + MISSING);
        }
        return p.asText();
    }

    private static JsonNode value(JsonNode op) {
        JsonNode v = op.get("value");
        return v == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : v.deepCopy();
    }

    /**
     * The container and key a pointer ends in, as the library's {@code findObject}: null when the
     * pointer is the root or a container on the way is missing or not a container.
     */
    private static Location locate(JsonNode doc, String path) {
        String[] split = path.split("/", -1);
        if (split.length < 2) {
            return null;
        }
        JsonNode node = doc;
        for (int i = 1; i < split.length - 1; i++) {
            String part = unescape(split[i]);
            if (node instanceof ObjectNode object) {
                node = object.get(part);
            } else if (node instanceof ArrayNode array) {
                Integer idx = parseIndex(part);
                node = idx == null || idx < 0 || idx >= array.size() ? null : array.get(idx);
            } else {
                node = null;
            }
            if (node == null || !node.isContainerNode()) {
                return null;
            }
        }
        return new Location(node, unescape(split[split.length - 1]));
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static Integer parseIndex(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String goKind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "object";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "bool";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** A key in an object or an index in an array, with the library's operations and words. */
    private record Location(JsonNode container, String key) {

        JsonNode get() {
            if (container instanceof ObjectNode object) {
                return object.get(key);
            }
            Integer idx = parseIndex(key);
            return idx == null || idx < 0 || idx >= container.size() ? null : container.get(idx);
        }

        JsonNode getOrFail(String context) {
            JsonNode v = get();
            if (v != null) {
                return v;
            }
            if (container.isObject()) {
                throw fail(context + "unable to get nonexistent key: " + key + MISSING);
            }
            throw fail(context + "Unable to access invalid index: " + key + INVALID_INDEX);
        }

        void add(JsonNode value, String context) {
            if (container instanceof ObjectNode object) {
                object.set(key, value);
                return;
            }
            ArrayNode array = (ArrayNode) container;
            if (key.equals("-")) {
                array.add(value);
                return;
            }
            Integer idx = parseIndex(key);
            if (idx == null) {
                throw fail(context + "value was not a proper array index: '" + key + "': strconv.Atoi: parsing \""
                        + key + "\": invalid syntax");
            }
            if (idx < 0 || idx > array.size()) {
                throw fail(context + "Unable to access invalid index: " + idx + INVALID_INDEX);
            }
            array.insert(idx, value);
        }

        void set(JsonNode value) {
            if (container instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) container).set(parseIndex(key), value);
            }
        }

        void remove(String context) {
            if (container instanceof ObjectNode object) {
                if (!object.has(key)) {
                    throw fail(context + "unable to remove nonexistent key: " + key + MISSING);
                }
                object.remove(key);
                return;
            }
            ArrayNode array = (ArrayNode) container;
            Integer idx = parseIndex(key);
            if (idx == null) {
                throw fail(context + "strconv.Atoi: parsing \"" + key + "\": invalid syntax");
            }
            if (idx < 0 || idx >= array.size()) {
                throw fail(context + "Unable to access invalid index: " + idx + INVALID_INDEX);
            }
            array.remove(idx);
        }
    }
}
