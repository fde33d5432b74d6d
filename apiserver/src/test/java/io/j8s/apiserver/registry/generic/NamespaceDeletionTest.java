package io.j8s.apiserver.registry.generic;

import static io.j8s.apiserver.registry.generic.RegistryFixture.namespace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry.DeleteOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NamespaceDeletionTest {

    private final RegistryFixture f = new RegistryFixture();
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();

    @AfterEach
    void close() {
        f.close();
    }

    private ObjectNode withSpecFinalizer(String name) {
        ObjectNode ns = namespace(name);
        ns.putObject("spec").putArray("finalizers").add("kubernetes");
        return ns;
    }

    @Test
    void deletingANamespaceMarksItTerminatingUntilFinalized() {
        f.namespaces().create(null, withSpecFinalizer("team"), defaults);

        DeleteOutcome outcome = f.namespaces().delete(null, "team", RequestOptions.Delete.defaults());

        assertThat(outcome.gone()).isFalse();
        assertThat(outcome.object().path("status").path("phase").asText()).isEqualTo("Terminating");
        assertThat(outcome.object().path("metadata").path("deletionTimestamp").asText()).isNotEmpty();

        assertThatThrownBy(() -> f.namespaces().delete(null, "team", RequestOptions.Delete.defaults()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("The system is ensuring all content is removed from this namespace.");
                });

        ObjectNode finalize = f.namespaces().get(null, "team", RequestOptions.Get.latest());
        finalize.withObjectProperty("spec").putArray("finalizers");
        f.namespaces().updateSubresource(null, "team", "finalize", finalize, defaults);

        assertThatThrownBy(() -> f.namespaces().get(null, "team", RequestOptions.Get.latest()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void creatingInATerminatingNamespaceIsForbidden() {
        f.namespaces().create(null, withSpecFinalizer("team"), defaults);
        f.namespaces().delete(null, "team", RequestOptions.Delete.defaults());

        assertThatThrownBy(() -> f.configMaps().create("team", RegistryFixture.configMap("a"), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(403);
                    assertThat(e.getMessage()).isEqualTo("configmaps \"a\" is forbidden: unable to create new content in namespace team because it is being terminated");
                });
    }

    @Test
    void creatingInAMissingNamespaceIsNotFound() {
        assertThatThrownBy(() -> f.configMaps().create("nowhere", RegistryFixture.configMap("a"), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo("namespaces \"nowhere\" not found");
                });
    }

    @Test
    void theDefaultNamespaceMayNotBeDeleted() {
        assertThatThrownBy(() -> f.namespaces().delete(null, "default", RequestOptions.Delete.defaults()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(403);
                    assertThat(e.getMessage()).isEqualTo("namespaces \"default\" is forbidden: this namespace may not be deleted");
                });
    }
}
