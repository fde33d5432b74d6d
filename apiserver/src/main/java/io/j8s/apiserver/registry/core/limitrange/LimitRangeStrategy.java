package io.j8s.apiserver.registry.core.limitrange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import io.j8s.apiserver.registry.core.ResourceValidation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LimitRanges, as Kubernetes' {@code SetDefaults_LimitRangeItem} and {@code ValidateLimitRange}:
 * for containers the default limit comes from max and the default request from the default limit
 * or min; quantities must be ordered min <= defaultRequest <= default <= max; Pod items take no defaults.
 */
public final class LimitRangeStrategy implements Strategy {

    private static final List<String> TYPES = List.of("Container", "PersistentVolumeClaim", "Pod");

    @Override
    public void applyDefaults(ObjectNode obj) {
        for (ObjectNode item : Defaulting.objects(Defaulting.existing(obj, "spec"), "limits")) {
            if (!item.path("type").asText("").equals("Container")) {
                continue;
            }
            ObjectNode defaults = Defaulting.object(item, "default");
            ObjectNode requests = Defaulting.object(item, "defaultRequest");
            if (defaults == null || requests == null) {
                continue;
            }
            copyMissing(item.path("max"), defaults);
            copyMissing(defaults, requests);
            copyMissing(item.path("min"), requests);
        }
    }

    private static void copyMissing(JsonNode from, ObjectNode to) {
        from.fields().forEachRemaining(e -> {
            if (!to.has(e.getKey())) {
                to.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode item : obj.path("spec").path("limits")) {
            errs.addAll(item(item, FieldPath.of("spec", "limits").index(i++)));
        }
        return errs;
    }

    private static List<FieldError> item(JsonNode item, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        String type = item.path("type").asText("");
        if (!TYPES.contains(type)) {
            errs.add(type.isEmpty() ? FieldError.required(path.child("type").path(), "") : FieldError.notSupported(path.child("type").path(), type, TYPES));
        }
        if (type.equals("Pod")) {
            for (String f : List.of("default", "defaultRequest")) {
                if (!item.path(f).isEmpty()) {
                    errs.add(FieldError.forbidden(path.child(f).path(), "may not be specified when `type` is 'Pod'"));
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String f : List.of("max", "min", "default", "defaultRequest", "maxLimitRequestRatio")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = item.path(f).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                FieldPath at = path.child(f).key(e.getKey());
                for (String msg : Formats.isQualifiedName(e.getKey())) {
                    errs.add(FieldError.invalid(at.path(), e.getKey(), msg));
                }
                errs.addAll(ResourceValidation.validQuantity(e.getValue(), at));
                keys.add(e.getKey());
            }
        }
        for (String k : keys) {
            errs.addAll(ordered(item, path, k));
        }
        return errs;
    }

    private static List<FieldError> ordered(JsonNode item, FieldPath path, String k) {
        List<FieldError> errs = new ArrayList<>();
        BigDecimal min = value(item, "min", k);
        BigDecimal max = value(item, "max", k);
        BigDecimal def = value(item, "default", k);
        BigDecimal defReq = value(item, "defaultRequest", k);
        BigDecimal ratio = value(item, "maxLimitRequestRatio", k);
        String minText = text(item, "min", k);
        String maxText = text(item, "max", k);
        String defText = text(item, "default", k);
        String defReqText = text(item, "defaultRequest", k);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errs.add(FieldError.invalid(path.child("min").key(k).path(), minText, "min value " + minText + " is greater than max value " + maxText));
        }
        if (defReq != null && min != null && min.compareTo(defReq) > 0) {
            errs.add(FieldError.invalid(path.child("defaultRequest").key(k).path(), defReqText,
                    "min value " + minText + " is greater than default request value " + defReqText));
        }
        if (defReq != null && max != null && defReq.compareTo(max) > 0) {
            errs.add(FieldError.invalid(path.child("defaultRequest").key(k).path(), defReqText,
                    "default request value " + defReqText + " is greater than max value " + maxText));
        }
        if (defReq != null && def != null && defReq.compareTo(def) > 0) {
            errs.add(FieldError.invalid(path.child("defaultRequest").key(k).path(), defReqText,
                    "default request value " + defReqText + " is greater than default limit value " + defText));
        }
        if (def != null && min != null && min.compareTo(def) > 0) {
            errs.add(FieldError.invalid(path.child("default").key(k).path(), minText, "min value " + minText + " is greater than default value " + defText));
        }
        if (def != null && max != null && def.compareTo(max) > 0) {
            errs.add(FieldError.invalid(path.child("default").key(k).path(), maxText, "default value " + defText + " is greater than max value " + maxText));
        }
        if (ratio != null && ratio.compareTo(BigDecimal.ONE) < 0) {
            String ratioText = text(item, "maxLimitRequestRatio", k);
            errs.add(FieldError.invalid(path.child("maxLimitRequestRatio").key(k).path(), ratioText, "ratio " + ratioText + " is less than 1"));
        }
        return errs;
    }

    private static BigDecimal value(JsonNode item, String field, String key) {
        JsonNode v = item.path(field).get(key);
        return v == null ? null : ResourceValidation.quantity(v);
    }

    private static String text(JsonNode item, String field, String key) {
        return item.path(field).path(key).asText("");
    }
}
