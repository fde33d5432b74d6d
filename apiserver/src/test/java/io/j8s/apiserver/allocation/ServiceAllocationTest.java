package io.j8s.apiserver.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry;
import io.j8s.apiserver.registry.generic.StoreRegistries;
import io.j8s.storage.Store;
import io.j8s.storage.embedded.EmbeddedStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceAllocationTest {

    private final Store store = EmbeddedStore.inMemory();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();
    private StoreRegistries registries = start("10.0.0.0/29");

    private StoreRegistries start(String cidr) {
        StoreRegistries r = new StoreRegistries(store, clock, StoreRegistries.Options.defaults()
                .withServiceClusterIpRange(cidr).withRandom(new Random(3)));
        try {
            r.find("", "v1", "namespaces").orElseThrow().create(null,
                    Json.toTree(new NamespaceBuilder().withNewMetadata().withName("default").endMetadata().build()), defaults);
        } catch (ApiException e) {
            // exists after a restart
        }
        return r;
    }

    @AfterEach
    void close() {
        registries.close();
        store.close();
    }

    private ResourceRegistry services() {
        return registries.find("", "v1", "services").orElseThrow();
    }

    private static ObjectNode service(String name, String type, String clusterIp, Integer nodePort) {
        ObjectNode svc = Json.toTree(new ServiceBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withType(type).withClusterIP(clusterIp).withSelector(java.util.Map.of("app", name))
                .addNewPort().withPort(80).withProtocol("TCP").withNodePort(nodePort).endPort().endSpec().build());
        return svc;
    }

    private static String clusterIp(ObjectNode svc) {
        return svc.path("spec").path("clusterIP").asText();
    }

    @Test
    void createAllocatesAClusterIpAndTheFamilyFields() {
        ObjectNode svc = services().create("default", service("a", "ClusterIP", null, null), defaults);

        assertThat(clusterIp(svc)).startsWith("10.0.0.");
        assertThat(svc.path("spec").path("clusterIPs").get(0).asText()).isEqualTo(clusterIp(svc));
        assertThat(svc.path("spec").path("ipFamilies").get(0).asText()).isEqualTo("IPv4");
        assertThat(svc.path("spec").path("ipFamilyPolicy").asText()).isEqualTo("SingleStack");
    }

    @Test
    void headlessAndExternalNameServicesGetNoAddress() {
        ObjectNode headless = services().create("default", service("h", "ClusterIP", "None", null), defaults);
        ObjectNode external = service("e", "ExternalName", null, null);
        external.withObjectProperty("spec").put("externalName", "example.com");
        external.withObjectProperty("spec").remove("selector");
        ObjectNode ext = services().create("default", external, defaults);

        assertThat(clusterIp(headless)).isEqualTo("None");
        assertThat(ext.path("spec").path("clusterIP").isMissingNode()).isTrue();
    }

    @Test
    void aRequestedAddressIsHonouredOnceAndMustBeInRange() {
        services().create("default", service("a", "ClusterIP", "10.0.0.3", null), defaults);

        assertThatThrownBy(() -> services().create("default", service("b", "ClusterIP", "10.0.0.3", null), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo("Service \"b\" is invalid: spec.clusterIPs: Invalid value: [\"10.0.0.3\"]: provided IP is already allocated");
                });
        assertThatThrownBy(() -> services().create("default", service("c", "ClusterIP", "10.9.9.9", null), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .contains("is not in the valid range. The range of valid IPs is 10.0.0.0/29"));
    }

    @Test
    void exhaustionFailsAndDeleteFreesTheAddress() {
        for (int i = 0; i < 5; i++) {
            services().create("default", service("s" + i, "ClusterIP", null, null), defaults);
        }
        assertThatThrownBy(() -> services().create("default", service("full", "ClusterIP", null, null), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(500);
                    assertThat(e.getMessage()).contains("range is full");
                });

        String freed = clusterIp(services().get("default", "s2", RequestOptions.Get.latest()));
        services().delete("default", "s2", RequestOptions.Delete.defaults());

        assertThat(clusterIp(services().create("default", service("again", "ClusterIP", null, null), defaults))).isEqualTo(freed);
    }

    @Test
    void aFailedCreateGivesItsAddressBack() {
        services().create("default", service("a", "ClusterIP", null, null), defaults);
        ObjectNode invalid = service("Bad_Name", "ClusterIP", "10.0.0.5", null);

        assertThatThrownBy(() -> services().create("default", invalid, defaults)).isInstanceOf(ApiException.class);

        assertThat(clusterIp(services().create("default", service("b", "ClusterIP", "10.0.0.5", null), defaults))).isEqualTo("10.0.0.5");
    }

    @Test
    void allocationsSurviveARestart() {
        ObjectNode a = services().create("default", service("a", "NodePort", null, 30080), defaults);
        registries.close();
        registries = start("10.0.0.0/29");

        assertThatThrownBy(() -> services().create("default", service("b", "ClusterIP", clusterIp(a), null), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("provided IP is already allocated"));
        assertThatThrownBy(() -> services().create("default", service("c", "NodePort", null, 30080), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Service \"c\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated"));
    }

    @Test
    void nodePortsAreAllocatedInRangeAndKeptOnUpdate() {
        ObjectNode svc = services().create("default", service("a", "NodePort", null, null), defaults);
        int port = svc.path("spec").path("ports").get(0).path("nodePort").asInt();
        assertThat(port).isBetween(30000, 32767);

        ObjectNode next = svc.deepCopy();
        ((ObjectNode) next.withObjectProperty("spec").withArray("ports").get(0)).remove("nodePort");
        next.withObjectProperty("spec").remove("clusterIP");
        next.withObjectProperty("spec").remove("clusterIPs");
        next.withObjectProperty("metadata").putObject("labels").put("x", "y");
        ObjectNode updated = services().update("default", "a", next, defaults);

        assertThat(updated.path("spec").path("ports").get(0).path("nodePort").asInt()).isEqualTo(port);
        assertThat(clusterIp(updated)).isEqualTo(clusterIp(svc));

        assertThatThrownBy(() -> services().create("default", service("b", "NodePort", null, 80), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .contains("spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767"));
    }

    @Test
    void theClusterIpMayNotChange() {
        ObjectNode svc = services().create("default", service("a", "ClusterIP", "10.0.0.2", null), defaults);
        ObjectNode next = svc.deepCopy();
        next.withObjectProperty("spec").put("clusterIP", "10.0.0.4");
        next.withObjectProperty("spec").putArray("clusterIPs").add("10.0.0.4");

        assertThatThrownBy(() -> services().update("default", "a", next, defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(422));
    }

    @Test
    void switchingToClusterIpReleasesTheNodePort() {
        ObjectNode svc = services().create("default", service("a", "NodePort", null, 30100), defaults);
        ObjectNode next = svc.deepCopy();
        next.withObjectProperty("spec").put("type", "ClusterIP");
        next.withObjectProperty("spec").remove("externalTrafficPolicy");
        ((ObjectNode) next.withObjectProperty("spec").withArray("ports").get(0)).remove("nodePort");
        services().update("default", "a", next, defaults);

        assertThat(services().create("default", service("b", "NodePort", null, 30100), defaults)
                .path("spec").path("ports").get(0).path("nodePort").asInt()).isEqualTo(30100);
    }
}
