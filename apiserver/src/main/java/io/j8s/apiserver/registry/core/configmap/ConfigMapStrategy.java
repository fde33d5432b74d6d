package io.j8s.apiserver.registry.core.configmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Immutability;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * ConfigMaps, as Kubernetes' {@code ValidateConfigMap}: keys are config keys, unique across data
 * and binaryData, all values at most 1 MiB together; {@code immutable: true} freezes the data.
 */
public final class ConfigMapStrategy implements Strategy {

    /** The most bytes a ConfigMap's (or Secret's) values may take together. */
    public static final int MAX_SIZE = 1024 * 1024;

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>();
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.path("data").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            total += e.getValue().asText("").getBytes(StandardCharsets.UTF_8).length;
            for (String msg : Formats.isConfigMapKey(e.getKey())) {
                errs.add(FieldError.invalid(FieldPath.root("data").key(e.getKey()).path(), e.getKey(), msg));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.path("binaryData").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = FieldPath.root("binaryData").key(e.getKey()).path();
            for (String msg : Formats.isConfigMapKey(e.getKey())) {
                errs.add(FieldError.invalid(path, e.getKey(), msg));
            }
            if (obj.path("data").has(e.getKey())) {
                errs.add(FieldError.invalid(path, e.getKey(), "duplicate of key present in data"));
            }
            total += decodedLength(e.getValue().asText(""));
        }
        if (total > MAX_SIZE) {
            errs.add(FieldError.tooLong("", "", MAX_SIZE));
        }
        return errs;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>(validate(obj));
        errs.addAll(Immutability.check(obj, old, "data", "binaryData"));
        return errs;
    }

    private static long decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length();
        }
    }
}
