package io.j8s.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Create, read, update, patch and delete through the fabric8 client over plain HTTP. */
class ApiServerCrudIT {

    private static TestApiServer server;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        server = TestApiServer.plainHttp();
        client = server.client();
        server.ensureNamespace("default");
        server.ensureNamespace("paging");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ConfigMap configMap(String name, Map<String, String> labels) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .addToData("k", "v").build();
    }

    @Test
    void createsGetsUpdatesAndDeletesAConfigMap() {
        ConfigMap created = client.configMaps().inNamespace("default").resource(configMap("crud", Map.of())).create();
        assertThat(created.getMetadata().getUid()).isNotEmpty();
        assertThat(created.getMetadata().getResourceVersion()).isNotEmpty();
        assertThat(created.getMetadata().getNamespace()).isEqualTo("default");

        ConfigMap got = client.configMaps().inNamespace("default").withName("crud").get();
        assertThat(got.getData()).containsEntry("k", "v");

        got.getData().put("k", "w");
        ConfigMap updated = client.configMaps().inNamespace("default").resource(got).update();
        assertThat(updated.getData()).containsEntry("k", "w");
        assertThat(updated.getMetadata().getResourceVersion()).isNotEqualTo(got.getMetadata().getResourceVersion());

        assertThat(client.configMaps().inNamespace("default").withName("crud").delete()).hasSize(1);
        assertThat(client.configMaps().inNamespace("default").withName("crud").get()).isNull();
    }

    @Test
    void rejectsAStaleUpdateWithAConflict() {
        ConfigMap created = client.configMaps().inNamespace("default").resource(configMap("stale", Map.of())).create();
        client.configMaps().inNamespace("default").withName("stale").edit(c -> {
            c.getData().put("k", "newer");
            return c;
        });
        created.getData().put("k", "older");
        assertThatThrownBy(() -> client.configMaps().inNamespace("default").resource(created).update())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getStatus().getReason()).isEqualTo("Conflict");
                });
    }

    @Test
    void patchesWithJsonMergeAndStrategicMergePatches() {
        client.configMaps().inNamespace("default").resource(configMap("patched", Map.of())).create();
        var cm = client.configMaps().inNamespace("default").withName("patched");

        cm.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"data\":{\"merge\":\"1\"}}");
        cm.patch(PatchContext.of(PatchType.JSON), "[{\"op\":\"add\",\"path\":\"/data/json\",\"value\":\"2\"}]");
        cm.patch(PatchContext.of(PatchType.STRATEGIC_MERGE), "{\"data\":{\"strategic\":\"3\"}}");

        assertThat(cm.get().getData()).containsEntry("merge", "1").containsEntry("json", "2").containsEntry("strategic", "3");
    }

    @Test
    void appliesServerSide() {
        ConfigMap applied = client.configMaps().inNamespace("default")
                .resource(configMap("applied", Map.of("a", "b"))).fieldManager("it").forceConflicts().serverSideApply();
        assertThat(applied.getMetadata().getLabels()).containsEntry("a", "b");
    }

    @Test
    void listsBySelectorAndPages() {
        for (int i = 0; i < 5; i++) {
            client.configMaps().inNamespace("paging").resource(configMap("page-" + i, Map.of("app", i % 2 == 0 ? "even" : "odd")))
                    .create();
        }
        assertThat(client.configMaps().inNamespace("paging").withLabel("app", "even").list().getItems()).hasSize(3);
        assertThat(client.configMaps().inAnyNamespace().withLabel("app", "odd").list().getItems()).hasSize(2);

        ConfigMapList first = client.configMaps().inNamespace("paging")
                .list(new io.fabric8.kubernetes.api.model.ListOptionsBuilder().withLimit(2L).build());
        assertThat(first.getItems()).hasSize(2);
        assertThat(first.getMetadata().getContinue()).isNotEmpty();
        ConfigMapList second = client.configMaps().inNamespace("paging")
                .list(new io.fabric8.kubernetes.api.model.ListOptionsBuilder().withLimit(2L)
                        .withContinue(first.getMetadata().getContinue()).build());
        assertThat(second.getItems()).hasSize(2).doesNotContainAnyElementsOf(first.getItems());
    }

    @Test
    void createsPodsAndDeploymentsWithTheirDefaults() {
        Pod pod = client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("p1").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build()).create();
        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");

        Deployment d = client.apps().deployments().inNamespace("default").resource(new DeploymentBuilder()
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();
        assertThat(d.getSpec().getReplicas()).isEqualTo(1);
        assertThat(d.getMetadata().getGeneration()).isEqualTo(1);

        client.apps().deployments().inNamespace("default").withName("web").scale(3);
        assertThat(client.apps().deployments().inNamespace("default").withName("web").get().getSpec().getReplicas()).isEqualTo(3);

        assertThat(client.pods().inNamespace("default").withName("p1").delete()).hasSize(1);
    }

    @Test
    void answersAMissingObjectWithNotFound() {
        assertThatThrownBy(() -> client.configMaps().inNamespace("default").withName("nope").edit(c -> c))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }
}
