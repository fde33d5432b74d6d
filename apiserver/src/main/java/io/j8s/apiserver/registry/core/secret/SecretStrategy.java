package io.j8s.apiserver.registry.core.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import io.j8s.apiserver.registry.core.Immutability;
import io.j8s.apiserver.registry.core.configmap.ConfigMapStrategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Secrets, as Kubernetes' {@code secretStrategy} and {@code ValidateSecret}: type Opaque by
 * default, {@code stringData} merged into {@code data} (base64) and dropped, the keys each type
 * requires, at most 1 MiB of data, type immutable, {@code immutable: true} freezing the data.
 * Secrets are selected by {@code type}.
 */
public final class SecretStrategy implements Strategy {

    private static final FieldPath DATA = FieldPath.root("data");

    @Override
    public void applyDefaults(ObjectNode obj) {
        Defaulting.text(obj, "type", "Opaque");
        JsonNode stringData = obj.get("stringData");
        if (stringData != null && stringData.isObject()) {
            // As Kubernetes' v1 conversion does: stringData wins over data and is never stored.
            ObjectNode data = Defaulting.object(obj, "data");
            if (data != null) {
                stringData.fields().forEachRemaining(e -> data.put(e.getKey(),
                        Base64.getEncoder().encodeToString(e.getValue().asText("").getBytes(StandardCharsets.UTF_8))));
            }
            obj.remove("stringData");
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>();
        JsonNode data = obj.path("data");
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (String msg : Formats.isConfigMapKey(e.getKey())) {
                errs.add(FieldError.invalid(DATA.key(e.getKey()).path(), e.getKey(), msg));
            }
            total += decode(e.getValue().asText("")).length;
        }
        if (total > ConfigMapStrategy.MAX_SIZE) {
            errs.add(FieldError.tooLong(DATA.path(), "", ConfigMapStrategy.MAX_SIZE));
        }
        errs.addAll(typeRules(obj));
        return errs;
    }

    private static List<FieldError> typeRules(JsonNode obj) {
        List<FieldError> errs = new ArrayList<>();
        JsonNode data = obj.path("data");
        switch (obj.path("type").asText("")) {
            case "kubernetes.io/service-account-token" -> {
                if (obj.path("metadata").path("annotations").path("kubernetes.io/service-account.name").asText("").isEmpty()) {
                    errs.add(FieldError.required(FieldPath.of("metadata", "annotations").key("kubernetes.io/service-account.name").path(), ""));
                }
            }
            case "kubernetes.io/dockercfg" -> errs.addAll(jsonKey(data, ".dockercfg"));
            case "kubernetes.io/dockerconfigjson" -> errs.addAll(jsonKey(data, ".dockerconfigjson"));
            case "kubernetes.io/basic-auth" -> {
                if (!data.has("username") && !data.has("password")) {
                    errs.add(FieldError.required(DATA.key("username").path(), ""));
                    errs.add(FieldError.required(DATA.key("password").path(), ""));
                }
            }
            case "kubernetes.io/ssh-auth" -> {
                if (data.path("ssh-privatekey").asText("").isEmpty()) {
                    errs.add(FieldError.required(DATA.key("ssh-privatekey").path(), ""));
                }
            }
            case "kubernetes.io/tls" -> {
                if (!data.has("tls.crt")) {
                    errs.add(FieldError.required(DATA.key("tls.crt").path(), ""));
                }
                if (!data.has("tls.key")) {
                    errs.add(FieldError.required(DATA.key("tls.key").path(), ""));
                }
            }
            default -> { }
        }
        return errs;
    }

    private static List<FieldError> jsonKey(JsonNode data, String key) {
        String path = DATA.key(key).path();
        String value = data.path(key).asText("");
        if (value.isEmpty()) {
            return List.of(FieldError.required(path, ""));
        }
        try {
            Json.mapper().readTree(decode(value));
            return List.of();
        } catch (IOException e) {
            return List.of(FieldError.invalid(path, "<secret contents redacted>", String.valueOf(e.getMessage()).lines().findFirst().orElse("invalid JSON")));
        }
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>(validate(obj));
        errs.addAll(ObjectMetaValidation.validateImmutable(obj.path("type"), old.path("type"), FieldPath.root("type")));
        errs.addAll(Immutability.check(obj, old, "data"));
        return errs;
    }

    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        return Map.of("type", obj.path("type").asText(""));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return base64.getBytes(StandardCharsets.UTF_8);
        }
    }
}
