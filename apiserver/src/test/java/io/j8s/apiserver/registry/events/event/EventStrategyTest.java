package io.j8s.apiserver.registry.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.events.v1.EventBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class EventStrategyTest {

    private final EventStrategy strategy = new EventStrategy();

    private static EventBuilder event() {
        return new EventBuilder()
                .withNewMetadata().withName("web.1").withNamespace("default").endMetadata()
                .withEventTime(new MicroTime("2026-11-22T00:00:00.000000Z"))
                .withReportingController("j8s.io/scheduler").withReportingInstance("scheduler-1")
                .withAction("Binding").withReason("Scheduled").withType("Normal").withNote("assigned default/web to node-1")
                .withNewRegarding().withKind("Pod").withNamespace("default").withName("web").endRegarding();
    }

    @Test
    void acceptsANewEvent() {
        assertThat(strategy.validate(Json.toTree(event().build()))).isEmpty();
    }

    @Test
    void requiresEventTimeControllerInstanceActionAndReason() {
        ObjectNode obj = Json.toTree(event().withReportingInstance(null).withAction(null).withReason(null).build());
        obj.remove("reportingController");

        assertThat(strategy.validate(obj)).extracting(FieldError::message).contains(
                "reportingController: Required value", "reportingInstance: Required value",
                "action: Required value", "reason: Required value");
        ObjectNode timeless = Json.toTree(event().withEventTime(null).build());
        assertThat(strategy.validate(timeless)).extracting(FieldError::message).containsExactly("eventTime: Required value");
    }

    @Test
    void rejectsUnknownTypeAndLongNote() {
        ObjectNode obj = Json.toTree(event().withType("Critical").withNote("x".repeat(1025)).build());

        assertThat(strategy.validate(obj)).extracting(FieldError::message).containsExactlyInAnyOrder(
                "type: Invalid value: \"\": has invalid value: Critical",
                "message: Invalid value: \"\": can have at most 1024 characters");
    }

    @Test
    void rejectsDeprecatedFieldsOnNewEvents() {
        ObjectNode obj = Json.toTree(event().withDeprecatedCount(3).build());

        assertThat(strategy.validate(obj)).extracting(FieldError::message)
                .containsExactly("deprecatedCount: Invalid value: \"\": needs to be unset");
    }

    @Test
    void keepsWhatHappenedImmutable() {
        ObjectNode old = Json.toTree(event().build());
        ObjectNode next = Json.toTree(event().withReason("Preempted")
                .withNewSeries().withCount(2).withLastObservedTime(new MicroTime("2026-11-22T00:01:00.000000Z")).endSeries().build());

        assertThat(strategy.validateUpdate(next, old)).extracting(FieldError::message)
                .containsExactly("reason: Invalid value: \"Preempted\": field is immutable");
    }

    @Test
    void selectsByTheFieldsOfCoreEvents() {
        assertThat(strategy.selectableFields(Json.toTree(event().build())))
                .containsEntry("involvedObject.name", "web")
                .containsEntry("regarding.kind", "Pod")
                .containsEntry("reason", "Scheduled")
                .containsEntry("type", "Normal")
                .containsEntry("source", "j8s.io/scheduler")
                .containsEntry("reportingComponent", "j8s.io/scheduler");
    }
}
