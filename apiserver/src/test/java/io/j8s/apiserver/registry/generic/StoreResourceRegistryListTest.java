package io.j8s.apiserver.registry.generic;

import static io.j8s.apiserver.registry.generic.RegistryFixture.configMap;
import static io.j8s.apiserver.registry.generic.RegistryFixture.rv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.RequestOptions.ListOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreResourceRegistryListTest {

    private final RegistryFixture f = new RegistryFixture();
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();

    @AfterEach
    void close() {
        f.close();
    }

    private static ListOptions options(String labels, String fields, long limit, String cont, String rv, String match) {
        return new ListOptions(labels, fields, limit, cont, rv, match, 0, false, null);
    }

    private static List<String> names(ObjectNode list) {
        List<String> out = new ArrayList<>();
        list.path("items").forEach(i -> out.add(i.path("metadata").path("name").asText()));
        return out;
    }

    private void createConfigMaps(int n) {
        for (int i = 0; i < n; i++) {
            f.configMaps().create("default", configMap("cm" + i, Map.of("parity", i % 2 == 0 ? "even" : "odd"), Map.of()), defaults);
        }
    }

    @Test
    void listReturnsAListKindWithTheStoreRevision() {
        createConfigMaps(3);

        ObjectNode list = f.configMaps().list("default", ListOptions.all());

        assertThat(list.path("kind").asText()).isEqualTo("ConfigMapList");
        assertThat(list.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(list.path("metadata").path("resourceVersion").asText()).isEqualTo(Long.toString(f.store.currentRevision()));
        assertThat(names(list)).containsExactly("cm0", "cm1", "cm2");
    }

    @Test
    void labelAndFieldSelectorsFilter() {
        createConfigMaps(4);

        assertThat(names(f.configMaps().list("default", options("parity=odd", null, 0, null, null, null))))
                .containsExactly("cm1", "cm3");
        assertThat(names(f.configMaps().list("default", options(null, "metadata.name!=cm0", 0, null, null, null))))
                .containsExactly("cm1", "cm2", "cm3");
    }

    @Test
    void unsupportedFieldSelectorIsBadRequest() {
        assertThatThrownBy(() -> f.configMaps().list("default", options(null, "spec.foo=x", 0, null, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("field label not supported: spec.foo");
                });
    }

    @Test
    void pagesReadAtTheFirstPagesRevisionWithRemainingItemCount() {
        createConfigMaps(5);
        ObjectNode first = f.configMaps().list("default", options(null, null, 2, null, null, null));
        assertThat(names(first)).containsExactly("cm0", "cm1");
        assertThat(first.path("metadata").path("remainingItemCount").asLong()).isEqualTo(3);
        String listRv = first.path("metadata").path("resourceVersion").asText();

        f.configMaps().create("default", configMap("cm9"), defaults);
        f.configMaps().delete("default", "cm3", RequestOptions.Delete.defaults());

        ObjectNode second = f.configMaps().list("default", options(null, null, 2, first.path("metadata").path("continue").asText(), null, null));
        assertThat(names(second)).containsExactly("cm2", "cm3");
        assertThat(second.path("metadata").path("resourceVersion").asText()).isEqualTo(listRv);
        ObjectNode third = f.configMaps().list("default", options(null, null, 2, second.path("metadata").path("continue").asText(), null, null));
        assertThat(names(third)).containsExactly("cm4");
        assertThat(third.path("metadata").has("continue")).isFalse();
    }

    @Test
    void pagingWithASelectorFillsPagesWithMatchesOnly() {
        createConfigMaps(7);

        ObjectNode first = f.configMaps().list("default", options("parity=even", null, 2, null, null, null));
        ObjectNode second = f.configMaps().list("default", options("parity=even", null, 2, first.path("metadata").path("continue").asText(), null, null));

        assertThat(names(first)).containsExactly("cm0", "cm2");
        assertThat(first.path("metadata").has("remainingItemCount")).isFalse();
        assertThat(names(second)).containsExactly("cm4", "cm6");
    }

    @Test
    void continueTokenOlderThanCompactionIsExpired() {
        createConfigMaps(3);
        ObjectNode first = f.configMaps().list("default", options(null, null, 1, null, null, null));
        f.configMaps().create("default", configMap("later"), defaults);
        f.store.compact(f.store.currentRevision());

        assertThatThrownBy(() -> f.configMaps().list("default", options(null, null, 1, first.path("metadata").path("continue").asText(), null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(410);
                    assertThat(e.reason()).isEqualTo("Expired");
                    assertThat(e.getMessage()).startsWith("The provided continue parameter is too old");
                });
    }

    @Test
    void malformedContinueTokenIsBadRequest() {
        assertThatThrownBy(() -> f.configMaps().list("default", options(null, null, 1, "garbage!", null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void exactResourceVersionReadsThePast() {
        f.configMaps().create("default", configMap("a"), defaults);
        String then = Long.toString(f.store.currentRevision());
        f.configMaps().create("default", configMap("b"), defaults);

        ObjectNode past = f.configMaps().list("default", options(null, null, 0, null, then, "Exact"));

        assertThat(names(past)).containsExactly("a");
        assertThat(past.path("metadata").path("resourceVersion").asText()).isEqualTo(then);
    }

    @Test
    void exactResourceVersionBeforeCompactionIsExpired() {
        f.configMaps().create("default", configMap("a"), defaults);
        String then = Long.toString(f.store.currentRevision());
        f.configMaps().create("default", configMap("b"), defaults);
        f.store.compact(f.store.currentRevision());

        assertThatThrownBy(() -> f.configMaps().list("default", options(null, null, 0, null, then, "Exact")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(410);
                    assertThat(e.getMessage()).isEqualTo("The resourceVersion for the provided list is too old.");
                });
    }

    @Test
    void resourceVersionZeroAndNotOlderThanServeTheLatest() {
        ObjectNode a = f.configMaps().create("default", configMap("a"), defaults);
        f.configMaps().create("default", configMap("b"), defaults);

        assertThat(names(f.configMaps().list("default", options(null, null, 0, null, "0", null)))).containsExactly("a", "b");
        assertThat(names(f.configMaps().list("default", options(null, null, 0, null, rv(a), "NotOlderThan")))).containsExactly("a", "b");
    }

    @Test
    void listAcrossNamespacesSeesEveryNamespace() {
        f.namespaces().create(null, RegistryFixture.namespace("other"), defaults);
        f.configMaps().create("default", configMap("a"), defaults);
        f.configMaps().create("other", configMap("b"), defaults);

        ObjectNode all = f.configMaps().list(null, ListOptions.all());

        List<String> namespaces = new ArrayList<>();
        for (JsonNode item : all.path("items")) {
            namespaces.add(item.path("metadata").path("namespace").asText());
        }
        assertThat(namespaces).containsExactly("default", "other");
    }

    @Test
    void deleteCollectionDeletesTheSelectedObjects() {
        createConfigMaps(4);

        ObjectNode deleted = f.configMaps().deleteCollection("default", options("parity=even", null, 0, null, null, null),
                RequestOptions.Delete.defaults());

        assertThat(names(deleted)).containsExactly("cm0", "cm2");
        assertThat(names(f.configMaps().list("default", ListOptions.all()))).containsExactly("cm1", "cm3");
    }
}
