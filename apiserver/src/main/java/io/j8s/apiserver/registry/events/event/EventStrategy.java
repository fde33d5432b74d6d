package io.j8s.apiserver.registry.events.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.FieldRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * events.k8s.io/v1 Events, as Kubernetes' {@code ValidateEventCreate} and {@code ValidateEventUpdate}
 * for this group. Kubernetes validates the internal (core-shaped) Event, so error paths use the
 * core names: {@code message} for note, {@code involvedObject} for regarding.
 */
public final class EventStrategy implements Strategy {

    static final int NOTE_LENGTH_LIMIT = 1024;
    static final int LENGTH_LIMIT = 128;

    /** events.k8s.io name -> name in errors, for the fields an update may not change. */
    private static final Map<String, String> IMMUTABLE = Map.ofEntries(
            Map.entry("regarding", "involvedObject"), Map.entry("reason", "reason"), Map.entry("note", "message"),
            Map.entry("deprecatedSource", "source"), Map.entry("deprecatedFirstTimestamp", "firstTimestamp"),
            Map.entry("deprecatedLastTimestamp", "lastTimestamp"), Map.entry("deprecatedCount", "count"),
            Map.entry("type", "type"), Map.entry("action", "action"), Map.entry("related", "related"),
            Map.entry("reportingController", "reportingController"), Map.entry("reportingInstance", "reportingInstance"));

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>(legacy(obj));
        JsonNode series = obj.path("series");
        if (series.isObject()) {
            if (series.path("count").asLong(0) < 2) {
                errors.add(FieldError.invalid("series.count", "", "should be at least 2"));
            }
            if (unset(series.path("lastObservedTime"))) {
                errors.add(FieldError.required("series.lastObservedTime", ""));
            }
        }
        if (unset(obj.path("eventTime"))) {
            errors.add(FieldError.required("eventTime", ""));
        }
        String type = obj.path("type").asText("");
        if (!type.equals("Normal") && !type.equals("Warning")) {
            errors.add(FieldError.invalid("type", "", "has invalid value: " + type));
        }
        for (String f : List.of("deprecatedFirstTimestamp", "deprecatedLastTimestamp")) {
            if (!unset(obj.path(f))) {
                errors.add(FieldError.invalid(f, "", "needs to be unset"));
            }
        }
        if (obj.path("deprecatedCount").asLong(0) != 0) {
            errors.add(FieldError.invalid("deprecatedCount", "", "needs to be unset"));
        }
        JsonNode source = obj.path("deprecatedSource");
        if (!source.path("component").asText("").isEmpty() || !source.path("host").asText("").isEmpty()) {
            errors.add(FieldError.invalid("deprecatedSource", "", "needs to be unset"));
        }
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(legacy(obj));
        IMMUTABLE.forEach((field, shown) -> errors.addAll(FieldRules.immutable(obj.path(field), old.path(field), shown)));
        errors.addAll(FieldRules.immutable(obj.path("eventTime"), old.path("eventTime"), "eventTime"));
        return errors;
    }

    /** The rules every Event meets, whichever API wrote it (Kubernetes' {@code legacyValidateEvent}). */
    private static List<FieldError> legacy(JsonNode obj) {
        List<FieldError> errors = new ArrayList<>();
        String namespace = obj.path("metadata").path("namespace").asText("");
        if (!unset(obj.path("eventTime"))) {
            if (obj.path("regarding").path("namespace").asText("").isEmpty()
                    && !namespace.equals("default") && !namespace.equals("kube-system")) {
                errors.add(FieldError.invalid("involvedObject.namespace", "", "does not match event.namespace"));
            }
            String controller = obj.path("reportingController").asText("");
            if (controller.isEmpty()) {
                errors.add(FieldError.required("reportingController", ""));
            }
            Formats.isQualifiedName(controller).forEach(m -> errors.add(FieldError.invalid("reportingController", controller, m)));
            errors.addAll(requiredAndShort(obj, "reportingInstance", "reportingInstance", LENGTH_LIMIT));
            errors.addAll(requiredAndShort(obj, "action", "action", LENGTH_LIMIT));
            errors.addAll(requiredAndShort(obj, "reason", "reason", LENGTH_LIMIT));
            if (obj.path("note").asText("").length() > NOTE_LENGTH_LIMIT) {
                errors.add(FieldError.invalid("message", "", "can have at most " + NOTE_LENGTH_LIMIT + " characters"));
            }
        }
        if (!namespace.isEmpty()) {
            Formats.isDNS1123Subdomain(namespace).forEach(m -> errors.add(FieldError.invalid("namespace", namespace, m)));
        }
        return errors;
    }

    private static List<FieldError> requiredAndShort(JsonNode obj, String field, String shown, int limit) {
        String value = obj.path(field).asText("");
        if (value.isEmpty()) {
            return List.of(FieldError.required(shown, ""));
        }
        if (value.length() > limit) {
            return List.of(FieldError.invalid(shown, "", "can have at most " + limit + " characters"));
        }
        return List.of();
    }

    private static boolean unset(JsonNode value) {
        return value.isMissingNode() || value.isNull() || value.asText("").isEmpty();
    }

    /**
     * The field selectors of core Events (with their names: {@code involvedObject.kind},
     * {@code reportingComponent}, {@code source}...) and their events.k8s.io spellings
     * ({@code regarding.kind}, {@code reportingController}).
     */
    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        Map<String, String> fields = new HashMap<>();
        JsonNode regarding = obj.path("regarding");
        for (String f : List.of("kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath")) {
            String value = regarding.path(f).asText("");
            fields.put("involvedObject." + f, value);
            fields.put("regarding." + f, value);
        }
        String controller = obj.path("reportingController").asText("");
        String source = obj.path("deprecatedSource").path("component").asText("");
        fields.put("reason", obj.path("reason").asText(""));
        fields.put("reportingComponent", controller);
        fields.put("reportingController", controller);
        fields.put("source", source.isEmpty() ? controller : source);
        fields.put("type", obj.path("type").asText(""));
        return fields;
    }
}
