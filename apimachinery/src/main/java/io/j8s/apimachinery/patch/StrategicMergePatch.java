package io.j8s.apimachinery.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.patch.PatchMeta.FieldStrategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes' strategic merge patch ({@code application/strategic-merge-patch+json}), as
 * {@code strategicpatch.StrategicMergePatch} applies it on the server: objects merge key by key,
 * {@code null} deletes, lists tagged {@code patchStrategy:"merge"} in {@link PatchMeta} merge by
 * their merge key (or as sets for primitives), other lists are replaced. Understands the
 * directives {@code $patch} (replace, delete, merge), {@code $retainKeys},
 * {@code $setElementOrder/<field>} and {@code $deleteFromPrimitiveList/<field>}. Errors are
 * answered as Kubernetes' patcher does: 400 for malformed directives, 500 for the rest.
 */
public final class StrategicMergePatch {

    static final String PATCH = "$patch";
    static final String RETAIN_KEYS = "$retainKeys";
    static final String SET_ELEMENT_ORDER = "$setElementOrder/";
    static final String DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList/";

    private StrategicMergePatch() {}

    /**
     * The patched object. {@code modelClass} is the fabric8 class of the object (such as
     * {@code Pod.class}); null means no list merges anywhere. Neither argument is modified.
     */
    public static ObjectNode apply(ObjectNode original, ObjectNode patch, Class<?> modelClass) {
        return mergeMap(original == null ? null : original.deepCopy(), patch.deepCopy(), modelClass);
    }

    static ObjectNode mergeMap(ObjectNode original, ObjectNode patch, Class<?> type) {
        if (patch.has(PATCH)) {
            String directive = patch.get(PATCH).asText();
            if (directive.equals("replace")) {
                patch.remove(PATCH);
                return (ObjectNode) strip(patch);
            }
            if (directive.equals("delete")) {
                return Json.object();
            }
            throw ApiException.internal("unknown patch type: " + directive + " in map: " + PatchErrors.goValue(patch));
        }
        ObjectNode result = original == null ? Json.object() : original;
        applyRetainKeys(result, patch);
        ListMerge.applyParallelDirectives(result, patch, type);
        List<String> keys = new ArrayList<>();
        patch.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            JsonNode patchValue = patch.get(k);
            JsonNode originalValue = result.get(k);
            if (patchValue.isNull()) {
                result.remove(k);
            } else if (originalValue == null || originalValue.getNodeType() != patchValue.getNodeType()) {
                result.set(k, strip(patchValue));
            } else if (patchValue.isObject()) {
                result.set(k, mergeMap((ObjectNode) originalValue, (ObjectNode) patchValue, PatchMeta.fieldType(type, k)));
            } else if (patchValue.isArray()) {
                Optional<FieldStrategy> strategy = PatchMeta.of(type, k);
                if (strategy.isPresent() && strategy.get().merge()) {
                    result.set(k, ListMerge.merge((ArrayNode) originalValue, (ArrayNode) patchValue,
                            PatchMeta.fieldType(type, k), strategy.get().mergeKey()));
                } else {
                    result.set(k, strip(patchValue));
                }
            } else {
                result.set(k, patchValue);
            }
        }
        return result;
    }

    /** {@code $retainKeys}: fields of the original not listed are cleared before the merge. */
    private static void applyRetainKeys(ObjectNode original, ObjectNode patch) {
        JsonNode retain = patch.remove(RETAIN_KEYS);
        if (retain == null) {
            return;
        }
        if (!retain.isArray()) {
            throw ApiException.badRequest("invalid patch format of retainKeys");
        }
        Set<String> keys = new HashSet<>();
        retain.forEach(k -> keys.add(k.asText()));
        patch.fields().forEachRemaining(e -> {
            String k = e.getKey();
            boolean directive = k.startsWith(DELETE_FROM_PRIMITIVE_LIST) || k.startsWith(SET_ELEMENT_ORDER);
            if (!e.getValue().isNull() && !directive && !keys.contains(k)) {
                throw ApiException.badRequest("invalid patch format of retainKeys");
            }
        });
        List<String> present = new ArrayList<>();
        original.fieldNames().forEachRemaining(present::add);
        present.stream().filter(k -> !keys.contains(k)).forEach(original::remove);
    }

    /**
     * A patch value taken as is where the original has nothing to merge with: nulls dropped and
     * directives removed, so that no {@code $patch} marker reaches storage.
     */
    static JsonNode strip(JsonNode value) {
        if (value.isObject()) {
            ObjectNode out = Json.object();
            value.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull() && !isDirective(e.getKey())) {
                    out.set(e.getKey(), strip(e.getValue()));
                }
            });
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = Json.mapper().createArrayNode();
            for (JsonNode element : value) {
                if (!(element.isObject() && element.has(PATCH))) {
                    out.add(strip(element));
                }
            }
            return out;
        }
        return value;
    }

    private static boolean isDirective(String key) {
        return key.equals(PATCH) || key.equals(RETAIN_KEYS) || key.startsWith(SET_ELEMENT_ORDER)
                || key.startsWith(DELETE_FROM_PRIMITIVE_LIST);
    }
}
