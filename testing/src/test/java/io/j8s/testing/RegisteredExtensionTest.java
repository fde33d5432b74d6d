package io.j8s.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisteredExtensionTest {
    @RegisterExtension
    static final J8sExtension j8s = new J8sExtension();

    @Test
    void worksWhenRegisteredProgrammatically(KubernetesClient client) {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team-a").endMetadata().build())
                .create();

        assertThat(client.namespaces().withName("team-a").get()).isNotNull();
    }
}
