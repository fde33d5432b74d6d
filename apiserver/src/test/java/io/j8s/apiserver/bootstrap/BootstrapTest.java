package io.j8s.apiserver.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.generic.StoreRegistries;
import io.j8s.storage.Store;
import io.j8s.storage.embedded.EmbeddedStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private final Store store = EmbeddedStore.inMemory();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final StoreRegistries registries = new StoreRegistries(store, clock);

    @AfterEach
    void close() {
        registries.close();
        store.close();
    }

    private ObjectNode get(String resource, String namespace, String name) {
        return registries.find("", "v1", resource).orElseThrow().get(namespace, name, RequestOptions.Get.latest());
    }

    @Test
    void createsTheSystemNamespacesAndTheKubernetesService() {
        new Bootstrap(registries, new BootstrapConfig(6443, "192.168.1.10", "10.96.0.0/12")).run();

        for (String ns : Bootstrap.SYSTEM_NAMESPACES) {
            assertThat(get("namespaces", null, ns).path("status").path("phase").asText()).isEqualTo("Active");
        }
        ObjectNode svc = get("services", "default", "kubernetes");
        assertThat(svc.path("spec").path("clusterIP").asText()).isEqualTo("10.96.0.1");
        assertThat(svc.path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(443);
        assertThat(svc.path("spec").path("ports").get(0).path("targetPort").asInt()).isEqualTo(6443);
        ObjectNode ep = get("endpoints", "default", "kubernetes");
        assertThat(ep.path("subsets").get(0).path("addresses").get(0).path("ip").asText()).isEqualTo("192.168.1.10");
    }

    @Test
    void runningAgainKeepsWhatExistsAndMovesTheEndpoints() {
        new Bootstrap(registries, new BootstrapConfig(6443, "192.168.1.10", "10.96.0.0/12")).run();
        String uid = get("services", "default", "kubernetes").path("metadata").path("uid").asText();

        new Bootstrap(registries, new BootstrapConfig(6443, "192.168.1.11", "10.96.0.0/12")).run();

        assertThat(get("services", "default", "kubernetes").path("metadata").path("uid").asText()).isEqualTo(uid);
        assertThat(get("endpoints", "default", "kubernetes").path("subsets").get(0).path("addresses").get(0).path("ip").asText())
                .isEqualTo("192.168.1.11");
    }
}
