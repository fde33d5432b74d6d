package io.j8s.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

@J8s
class ConfigMapThroughInjectedClientTest {
    @J8sClient
    KubernetesClient client;

    @Test
    void createsAndReadsAConfigMapThroughTheInjectedField() {
        client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("settings").endMetadata()
                .addToData("mode", "fast").build()).create();

        ConfigMap read = client.configMaps().withName("settings").get();

        assertThat(read.getMetadata().getNamespace()).isEqualTo("default");
        assertThat(read.getMetadata().getResourceVersion()).isNotBlank();
        assertThat(read.getData()).containsEntry("mode", "fast");
    }

    @Test
    void seesTheNamespacesTheServerBootstraps() {
        assertThat(client.namespaces().list().getItems()).extracting(ns -> ns.getMetadata().getName())
                .contains("default", "kube-system");
    }
}
