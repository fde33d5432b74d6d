package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import io.j8s.apimachinery.patch.JsonPatch;
import io.j8s.apimachinery.patch.MergePatch;
import io.j8s.apimachinery.patch.StrategicMergePatch;
import io.j8s.apiserver.registry.PatchType;

/**
 * Applies a PATCH body to the current object. Server-side apply is not there yet: an apply patch
 * is merged onto the live object like a JSON merge patch, which gives the same result as long as
 * the applied configuration only adds or changes fields.
 */
final class Patcher {

    private final Class<?> modelClass;

    Patcher(Class<?> modelClass) {
        this.modelClass = modelClass;
    }

    /** The decoded patch body; malformed bodies are 400. */
    JsonNode parse(PatchType type, byte[] body) {
        JsonNode patch = Json.readTree(body, type == PatchType.APPLY ? MediaType.YAML : MediaType.JSON);
        if (type == PatchType.JSON) {
            if (!patch.isArray()) {
                throw ApiException.badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
            }
        } else if (!patch.isObject()) {
            throw ApiException.badRequest("couldn't get version/kind; json parse error: json: cannot unmarshal "
                    + patch.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " into Go value of type map[string]interface {}");
        }
        return patch;
    }

    ObjectNode apply(PatchType type, ObjectNode current, JsonNode patch) {
        JsonNode result = switch (type) {
            case JSON -> JsonPatch.apply(current.deepCopy(), patch);
            case MERGE, APPLY -> MergePatch.apply(current.deepCopy(), patch);
            case STRATEGIC_MERGE -> StrategicMergePatch.apply(current.deepCopy(), (ObjectNode) patch, modelClass);
        };
        if (!(result instanceof ObjectNode obj)) {
            throw ApiException.badRequest("the patch did not produce an object");
        }
        return obj;
    }
}
