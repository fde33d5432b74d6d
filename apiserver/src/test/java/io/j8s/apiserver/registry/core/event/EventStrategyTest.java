package io.j8s.apiserver.registry.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class EventStrategyTest {

    private final StrategyFixture events = StrategyFixture.of("events");

    private static EventBuilder event() {
        return new EventBuilder().withNewMetadata().withName("web.17a").withNamespace("default").endMetadata()
                .withNewInvolvedObject().withKind("Pod").withName("web").withNamespace("default").withUid("u1")
                .withApiVersion("v1").endInvolvedObject()
                .withReason("Scheduled").withMessage("assigned").withType("Normal").withNewSource().withComponent("scheduler").endSource();
    }

    @Test
    void acceptsALegacyEvent() {
        assertThat(events.errors(event().build())).isEmpty();
    }

    @Test
    void rejectsInvolvedObjectFromAnotherNamespace() {
        assertThat(events.errors(event().editInvolvedObject().withNamespace("other").endInvolvedObject().build()))
                .containsExactly("involvedObject.namespace: Invalid value: \"other\": does not match event.namespace");
    }

    @Test
    void requiresReportingFieldsForEventsWithEventTime() {
        assertThat(events.errors(event().withEventTime(new MicroTime("2026-01-01T00:00:00.000000Z")).build()))
                .contains("reportingComponent: Required value", "reportingInstance: Required value", "action: Required value");
    }

    @Test
    void selectsEventsByInvolvedObjectReasonSourceAndType() {
        assertThat(events.strategy().selectableFields(events.created(event().build())))
                .containsEntry("involvedObject.kind", "Pod").containsEntry("involvedObject.name", "web")
                .containsEntry("involvedObject.namespace", "default").containsEntry("involvedObject.uid", "u1")
                .containsEntry("involvedObject.apiVersion", "v1").containsEntry("involvedObject.fieldPath", "")
                .containsEntry("involvedObject.resourceVersion", "").containsEntry("reason", "Scheduled")
                .containsEntry("source", "scheduler").containsEntry("type", "Normal").containsEntry("reportingComponent", "");
    }

    @Test
    void allowsCreateOnUpdate() {
        assertThat(events.strategy().allowCreateOnUpdate()).isTrue();
    }
}
