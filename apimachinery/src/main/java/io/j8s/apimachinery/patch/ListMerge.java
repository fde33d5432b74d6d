package io.j8s.apimachinery.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.patch.PatchMeta.FieldStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The list half of the strategic merge patch: merging by key, the list directives, and the
 * element order Kubernetes produces (patch items in patch order, interleaved with server-only
 * items in their live order).
 */
final class ListMerge {

    private ListMerge() {}

    /** Merges a patch list into a live list tagged {@code patchStrategy:"merge"}. */
    static ArrayNode merge(ArrayNode original, ArrayNode patch, Class<?> elementType, String mergeKey) {
        List<JsonNode> live = elements(original);
        List<JsonNode> patchItems = elements(patch);
        if (live.isEmpty() && patchItems.isEmpty()) {
            return array(live);
        }
        boolean maps = firstElement(live, patchItems).map(JsonNode::isObject).orElse(false);
        List<JsonNode> merged;
        if (!maps) {
            merged = new ArrayList<>();
            for (JsonNode v : concat(live, patchItems)) {
                if (indexOf(merged, v, "") < 0) {
                    merged.add(v);
                }
            }
            return array(normalizeOrder(merged, patchItems, live, ""));
        }
        if (mergeKey.isEmpty()) {
            throw ApiException.internal("cannot merge lists without merge key for "
                    + (elementType == null ? "unknown" : elementType.getSimpleName()));
        }
        List<JsonNode> plain = new ArrayList<>();
        boolean replace = false;
        for (JsonNode item : patchItems) {
            if (!item.has(StrategicMergePatch.PATCH)) {
                plain.add(item);
                continue;
            }
            String directive = item.get(StrategicMergePatch.PATCH).asText();
            switch (directive) {
                case "delete" -> {
                    JsonNode key = item.get(mergeKey);
                    if (key == null) {
                        throw noMergeKey(item, mergeKey);
                    }
                    live.removeIf(e -> JsonEquality.equal(e.get(mergeKey), key));
                }
                case "replace" -> replace = true;
                case "merge" -> throw ApiException.internal("merging lists cannot yet be specified in the patch");
                default -> throw ApiException.internal("unknown patch type: " + directive + " in map: " + PatchErrors.goValue(item));
            }
        }
        if (replace) {
            List<JsonNode> out = new ArrayList<>();
            plain.forEach(p -> out.add(StrategicMergePatch.strip(p)));
            return array(out);
        }
        merged = new ArrayList<>(live);
        for (JsonNode item : plain) {
            JsonNode key = item.get(mergeKey);
            if (key == null) {
                throw noMergeKey(item, mergeKey);
            }
            int at = indexOf(merged, item, mergeKey);
            if (at >= 0) {
                merged.set(at, StrategicMergePatch.mergeMap((ObjectNode) merged.get(at).deepCopy(), (ObjectNode) item, elementType));
            } else {
                merged.add(StrategicMergePatch.strip(item));
            }
        }
        return array(normalizeOrder(merged, plain, live, mergeKey));
    }

    /**
     * {@code $deleteFromPrimitiveList/<f>} and {@code $setElementOrder/<f>} of one object, applied
     * before its other fields; the directive keys and the lists they order leave the patch.
     */
    static void applyParallelDirectives(ObjectNode original, ObjectNode patch, Class<?> type) {
        TreeSet<String> keys = new TreeSet<>();
        patch.fieldNames().forEachRemaining(k -> {
            if (k.startsWith(StrategicMergePatch.DELETE_FROM_PRIMITIVE_LIST) || k.startsWith(StrategicMergePatch.SET_ELEMENT_ORDER)) {
                keys.add(k);
            }
        });
        for (String k : keys) {
            JsonNode directive = patch.remove(k);
            if (k.startsWith(StrategicMergePatch.DELETE_FROM_PRIMITIVE_LIST)) {
                String field = k.substring(StrategicMergePatch.DELETE_FROM_PRIMITIVE_LIST.length());
                if (!directive.isArray()) {
                    throw ApiException.badRequest("invalid patch format of primitive list");
                }
                JsonNode live = original.get(field);
                if (live != null && live.isArray()) {
                    List<JsonNode> kept = new ArrayList<>(elements((ArrayNode) live));
                    kept.removeIf(v -> indexOf(elements((ArrayNode) directive), v, "") >= 0);
                    original.set(field, array(kept));
                }
            } else {
                setElementOrder(original, patch, type, k.substring(StrategicMergePatch.SET_ELEMENT_ORDER.length()), directive);
            }
        }
    }

    private static void setElementOrder(ObjectNode original, ObjectNode patch, Class<?> type, String field, JsonNode order) {
        if (!order.isArray()) {
            throw ApiException.badRequest("invalid patch format of setElementOrder list");
        }
        Optional<FieldStrategy> strategy = PatchMeta.of(type, field);
        String mergeKey = strategy.map(FieldStrategy::mergeKey).orElse("");
        JsonNode patchValue = patch.get(field);
        if (patchValue != null && patchValue.isNull()) {
            return;
        }
        if (patchValue != null && !patchValue.isArray()) {
            throw ApiException.badRequest("invalid patch format of setElementOrder list");
        }
        List<JsonNode> orderList = elements((ArrayNode) order);
        JsonNode liveValue = original.get(field);
        ArrayNode live = liveValue != null && liveValue.isArray() ? (ArrayNode) liveValue : Json.mapper().createArrayNode();
        List<JsonNode> merged;
        if (patchValue != null) {
            validateOrder(elements((ArrayNode) patchValue), orderList, mergeKey);
            patch.remove(field);
            merged = strategy.isPresent() && strategy.get().merge()
                    ? elements(merge(live, (ArrayNode) patchValue, PatchMeta.fieldType(type, field), mergeKey))
                    : elements((ArrayNode) StrategicMergePatch.strip(patchValue));
        } else {
            merged = elements(live);
        }
        if (merged.isEmpty() && liveValue == null) {
            return;
        }
        original.set(field, array(normalizeOrder(merged, orderList, elements(live), mergeKey)));
    }

    /** Kubernetes' check that a patch list follows the order of its {@code $setElementOrder} list. */
    private static void validateOrder(List<JsonNode> patchList, List<JsonNode> order, String mergeKey) {
        if (order.isEmpty() || patchList.isEmpty()) {
            return;
        }
        List<JsonNode> items = patchList.stream()
                .filter(p -> !(p.isObject() && p.has(StrategicMergePatch.PATCH)))
                .toList();
        int p = 0;
        int o = 0;
        while (p < items.size() && o < order.size()) {
            if (sameKey(items.get(p), order.get(o), mergeKey)) {
                p++;
            }
            o++;
        }
        if (p < items.size()) {
            throw ApiException.internal("The order in patch list:\n" + PatchErrors.goValue(array(patchList))
                    + "\n doesn't match $setElementOrder list:\n" + PatchErrors.goValue(array(order)) + "\n");
        }
    }

    /**
     * Kubernetes' {@code normalizeElementOrder}: the items named in {@code patchOrder} in that
     * order, the others in their live order, interleaved by their positions in the live list.
     */
    private static List<JsonNode> normalizeOrder(List<JsonNode> merged, List<JsonNode> patchOrder, List<JsonNode> liveOrder,
                                                 String mergeKey) {
        List<JsonNode> patchItems = new ArrayList<>();
        List<JsonNode> serverOnly = new ArrayList<>();
        for (JsonNode item : merged) {
            (indexOf(patchOrder, item, mergeKey) >= 0 ? patchItems : serverOnly).add(item);
        }
        sortBy(patchItems, patchOrder, mergeKey);
        sortBy(serverOnly, liveOrder, mergeKey);
        List<JsonNode> out = new ArrayList<>(merged.size());
        int i = 0;
        int j = 0;
        while (i < serverOnly.size() || j < patchItems.size()) {
            if (i >= serverOnly.size()) {
                out.add(patchItems.get(j++));
            } else if (j >= patchItems.size()) {
                out.add(serverOnly.get(i++));
            } else {
                int li = indexOf(liveOrder, serverOnly.get(i), mergeKey);
                int ri = indexOf(liveOrder, patchItems.get(j), mergeKey);
                if (li >= 0 && ri >= 0 && li < ri) {
                    out.add(serverOnly.get(i++));
                } else {
                    out.add(patchItems.get(j++));
                }
            }
        }
        return out;
    }

    private static void sortBy(List<JsonNode> items, List<JsonNode> order, String mergeKey) {
        items.sort(Comparator.comparingInt(item -> {
            int at = indexOf(order, item, mergeKey);
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
    }

    /** The position of an item in a list: by merge key for objects, by value for primitives; -1 if absent. */
    private static int indexOf(List<JsonNode> list, JsonNode item, String mergeKey) {
        for (int i = 0; i < list.size(); i++) {
            if (sameKey(list.get(i), item, mergeKey)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameKey(JsonNode a, JsonNode b, String mergeKey) {
        if (mergeKey.isEmpty()) {
            return JsonEquality.equal(a, b);
        }
        JsonNode ka = a.get(mergeKey);
        JsonNode kb = b.get(mergeKey);
        return ka != null && kb != null && JsonEquality.equal(ka, kb);
    }

    private static ApiException noMergeKey(JsonNode item, String mergeKey) {
        return ApiException.internal("map: " + PatchErrors.goValue(item) + " does not contain declared merge key: " + mergeKey);
    }

    private static Optional<JsonNode> firstElement(List<JsonNode> a, List<JsonNode> b) {
        return concat(a, b).stream().filter(n -> !n.isNull()).findFirst();
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<JsonNode> elements(ArrayNode array) {
        List<JsonNode> out = new ArrayList<>(array.size());
        array.forEach(out::add);
        return out;
    }

    private static ArrayNode array(List<JsonNode> items) {
        ArrayNode out = Json.mapper().createArrayNode();
        items.forEach(out::add);
        return out;
    }
}
