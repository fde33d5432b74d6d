package io.j8s.apiserver.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.events.v1.EventBuilder;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class ConversionsTest {

    private static ResourceDefinition def(String group, String resource) {
        return BuiltinResources.all().stream().filter(d -> d.group().equals(group) && d.resource().equals(resource))
                .findFirst().orElseThrow();
    }

    private static ObjectNode eventsV1() {
        return Json.toTree(new EventBuilder().withNewMetadata().withName("e").withNamespace("default").endMetadata()
                .withNote("pulled image").withReason("Pulled").withType("Normal").withAction("Pull")
                .withReportingController("kubelet").withReportingInstance("node-1")
                .withNewRegarding().withKind("Pod").withName("web").withNamespace("default").endRegarding()
                .withNewDeprecatedSource("kubelet", null).withDeprecatedCount(3).build());
    }

    @Test
    void storesEventsV1AsCoreEvents() {
        ObjectNode stored = Conversions.toStorage(def("events.k8s.io", "events"), eventsV1());

        assertThat(stored.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(stored.path("kind").asText()).isEqualTo("Event");
        assertThat(stored.path("message").asText()).isEqualTo("pulled image");
        assertThat(stored.at("/involvedObject/name").asText()).isEqualTo("web");
        assertThat(stored.at("/source/component").asText()).isEqualTo("kubelet");
        assertThat(stored.path("reportingComponent").asText()).isEqualTo("kubelet");
        assertThat(stored.path("count").asInt()).isEqualTo(3);
        assertThat(stored.has("note")).isFalse();
        assertThat(stored.has("regarding")).isFalse();
    }

    @Test
    void servesStoredCoreEventsAsEventsV1() {
        ResourceDefinition events = def("events.k8s.io", "events");
        ObjectNode original = eventsV1();

        ObjectNode served = Conversions.fromStorage(events, Conversions.toStorage(events, original.deepCopy()));

        assertThat(served).isEqualTo(original);
    }

    @Test
    void servesCoreEventsAsStored() {
        ObjectNode stored = Conversions.toStorage(def("events.k8s.io", "events"), eventsV1());
        ObjectNode core = Conversions.fromStorage(def("", "events"), stored.deepCopy());
        assertThat(core).isEqualTo(stored);
    }

    @Test
    void keepsOtherResourcesAsTheyAreApartFromApiVersion() {
        ObjectNode pod = Json.toTree(new PodBuilder().withNewMetadata().withName("p").endMetadata().build());
        pod.remove("apiVersion");

        ObjectNode stored = Conversions.toStorage(def("", "pods"), pod);

        assertThat(stored.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(stored.at("/metadata/name").asText()).isEqualTo("p");
    }
}
