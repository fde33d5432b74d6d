package io.j8s.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import org.junit.jupiter.api.Test;

@J8s(https = true)
class HttpsControlPlaneTest {
    @Test
    void servesHttpsToAClientThatTrustsTheGeneratedCa(KubernetesClient client, URI url) {
        assertThat(url.getScheme()).isEqualTo("https");

        client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("over-tls").endMetadata()
                .addToData("secure", "yes").build()).create();

        assertThat(client.configMaps().withName("over-tls").get().getData()).containsEntry("secure", "yes");
    }
}
