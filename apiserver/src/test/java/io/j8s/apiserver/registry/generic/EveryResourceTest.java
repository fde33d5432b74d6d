package io.j8s.apiserver.registry.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.ResourceRegistry;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every served resource answers before anything is stored in it. */
class EveryResourceTest {

    private final RegistryFixture f = new RegistryFixture();

    @AfterEach
    void close() {
        f.close();
    }

    static Stream<ResourceDefinition> definitions() {
        return BuiltinResources.all().stream();
    }

    private ResourceRegistry registry(ResourceDefinition def) {
        return f.registries.find(def.group(), def.version(), def.resource()).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void everyResourceHasARegistryThatReportsItsDefinition(ResourceDefinition def) {
        assertThat(registry(def).definition()).isEqualTo(def);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void storedResourcesListEmptyAndAnswerNotFound(ResourceDefinition def) {
        if (!def.stored()) {
            assertThatThrownBy(() -> registry(def).list(null, RequestOptions.ListOptions.all()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(405));
            return;
        }
        String ns = def.namespaced() ? "default" : null;
        ObjectNode list = registry(def).list(ns, RequestOptions.ListOptions.all());
        assertThat(list.path("kind").asText()).isEqualTo(def.listKind());
        assertThat(list.path("apiVersion").asText()).isEqualTo(def.apiVersion());
        if (!def.resource().equals("namespaces")) {
            assertThat(list.path("items")).isEmpty();
        }
        assertThatThrownBy(() -> registry(def).get(ns, "missing", RequestOptions.Get.latest()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo(def.groupResource() + " \"missing\" not found");
                });
        assertThatThrownBy(() -> registry(def).delete(ns, "missing", RequestOptions.Delete.defaults()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(404));
    }
}
