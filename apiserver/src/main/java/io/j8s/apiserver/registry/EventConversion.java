package io.j8s.apiserver.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.json.Json;
import java.util.Map;

/**
 * Field-by-field conversion between core {@code v1} Events and {@code events.k8s.io/v1} Events, as
 * Kubernetes' {@code pkg/apis/events/v1/conversion.go}: note is message, regarding is
 * involvedObject, reportingController is reportingComponent, and the deprecated* fields are the
 * core Event's source, firstTimestamp, lastTimestamp and count. Fields of the same name are copied.
 */
final class EventConversion {

    private EventConversion() {}

    /** events.k8s.io/v1 name -> core v1 name; names absent here are the same in both. */
    private static final Map<String, String> RENAMED = Map.of(
            "note", "message",
            "regarding", "involvedObject",
            "reportingController", "reportingComponent",
            "deprecatedSource", "source",
            "deprecatedFirstTimestamp", "firstTimestamp",
            "deprecatedLastTimestamp", "lastTimestamp",
            "deprecatedCount", "count");

    static ObjectNode toCore(ObjectNode event) {
        ObjectNode out = Json.object().put("apiVersion", "v1").put("kind", "Event");
        event.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("apiVersion") && !e.getKey().equals("kind")) {
                out.set(RENAMED.getOrDefault(e.getKey(), e.getKey()), e.getValue());
            }
        });
        return out;
    }

    static ObjectNode toEventsV1(ObjectNode event) {
        ObjectNode out = Json.object().put("apiVersion", "events.k8s.io/v1").put("kind", "Event");
        event.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("apiVersion") && !e.getKey().equals("kind")) {
                out.set(coreToEvents(e.getKey()), e.getValue());
            }
        });
        return out;
    }

    private static String coreToEvents(String coreName) {
        for (Map.Entry<String, String> e : RENAMED.entrySet()) {
            if (e.getValue().equals(coreName)) {
                return e.getKey();
            }
        }
        return coreName;
    }
}
