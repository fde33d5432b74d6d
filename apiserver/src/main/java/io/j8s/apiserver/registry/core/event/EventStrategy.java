package io.j8s.apiserver.registry.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Core v1 Events, as Kubernetes' {@code eventStrategy} and {@code legacyValidateEvent}: the
 * involved object's namespace matches the event's; events with an eventTime also need reporting
 * component, instance, action and reason within their length limits. PUT may create an event.
 */
public final class EventStrategy implements Strategy {

    private static final int REPORTING_INSTANCE_LIMIT = 128;
    private static final int ACTION_LIMIT = 128;
    private static final int REASON_LIMIT = 128;
    private static final int NOTE_LIMIT = 1024;

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>();
        String namespace = obj.path("metadata").path("namespace").asText("");
        JsonNode involved = obj.path("involvedObject");
        String involvedNamespace = involved.path("namespace").asText("");
        boolean hasEventTime = !obj.path("eventTime").asText("").isEmpty();
        if (!hasEventTime) {
            boolean matches = involvedNamespace.isEmpty()
                    ? namespace.isEmpty() || namespace.equals("default")
                    : namespace.equals(involvedNamespace);
            if (!matches) {
                errs.add(FieldError.invalid("involvedObject.namespace", involvedNamespace, "does not match event.namespace"));
            }
        } else {
            if (involvedNamespace.isEmpty() && !namespace.equals("default") && !namespace.equals("kube-system")) {
                errs.add(FieldError.invalid("involvedObject.namespace", involvedNamespace, "does not match event.namespace"));
            }
            String component = obj.path("reportingComponent").asText("");
            if (component.isEmpty()) {
                errs.add(FieldError.required("reportingComponent", ""));
            }
            for (String msg : Formats.isQualifiedName(component)) {
                errs.add(FieldError.invalid("reportingComponent", component, msg));
            }
            errs.addAll(limited(obj, "reportingInstance", REPORTING_INSTANCE_LIMIT, true));
            errs.addAll(limited(obj, "action", ACTION_LIMIT, true));
            errs.addAll(limited(obj, "reason", REASON_LIMIT, true));
            errs.addAll(limited(obj, "message", NOTE_LIMIT, false));
        }
        return errs;
    }

    private static List<FieldError> limited(JsonNode obj, String field, int limit, boolean required) {
        String value = obj.path(field).asText("");
        if (required && value.isEmpty()) {
            return List.of(FieldError.required(field, ""));
        }
        if (value.length() > limit) {
            return List.of(FieldError.invalid(field, "", "can have at most " + limit + " characters"));
        }
        return List.of();
    }

    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        JsonNode involved = obj.path("involvedObject");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : List.of("kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath")) {
            fields.put("involvedObject." + f, involved.path(f).asText(""));
        }
        fields.put("reason", obj.path("reason").asText(""));
        fields.put("reportingComponent", obj.path("reportingComponent").asText(""));
        fields.put("source", obj.path("source").path("component").asText(""));
        fields.put("type", obj.path("type").asText(""));
        return fields;
    }

    @Override
    public boolean allowCreateOnUpdate() {
        return true;
    }
}
