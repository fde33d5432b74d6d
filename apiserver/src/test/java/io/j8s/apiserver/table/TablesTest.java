package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.api.model.ConfigMapListBuilder;
import io.j8s.apiserver.table.Tables.IncludeObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T01:00:00Z");
    private final TableConvertor convertor = TableConvertors.forResource("", "configmaps");

    private static ObjectNode list() {
        ConfigMapList list = new ConfigMapListBuilder().withNewMetadata().withResourceVersion("42").withContinue("tok")
                .withRemainingItemCount(7L).endMetadata()
                .addToItems(new ConfigMapBuilder().withNewMetadata().withName("a").withNamespace("default")
                        .withResourceVersion("40").withCreationTimestamp("2026-01-01T00:00:00Z").endMetadata()
                        .addToData("k", "v").build())
                .build();
        return json(list);
    }

    @Test
    void listTableCarriesListMetadataColumnsAndOneRowPerItem() {
        ObjectNode table = Tables.ofList(convertor, list(), Tables.V1, IncludeObject.METADATA, true, NOW);
        assertThat(table.path("kind").asText()).isEqualTo("Table");
        assertThat(table.path("apiVersion").asText()).isEqualTo("meta.k8s.io/v1");
        assertThat(table.at("/metadata/resourceVersion").asText()).isEqualTo("42");
        assertThat(table.at("/metadata/continue").asText()).isEqualTo("tok");
        assertThat(table.at("/metadata/remainingItemCount").asLong()).isEqualTo(7);
        assertThat(table.at("/columnDefinitions/0/name").asText()).isEqualTo("Name");
        assertThat(table.at("/columnDefinitions/0/format").asText()).isEqualTo("name");
        assertThat(table.at("/columnDefinitions/0/priority").asInt()).isZero();
        assertThat(table.at("/rows/0/cells").toString()).isEqualTo("[\"a\",1,\"60m\"]");
        assertThat(table.at("/rows/0/object/kind").asText()).isEqualTo("PartialObjectMetadata");
        assertThat(table.at("/rows/0/object/apiVersion").asText()).isEqualTo("meta.k8s.io/v1");
        assertThat(table.at("/rows/0/object/metadata/name").asText()).isEqualTo("a");
        assertThat(table.at("/rows/0/object").has("data")).isFalse();
    }

    @Test
    void includeObjectChoosesWhatEachRowCarries() {
        ObjectNode none = Tables.ofList(convertor, list(), Tables.V1BETA1, IncludeObject.NONE, true, NOW);
        assertThat(none.at("/rows/0").has("object")).isFalse();
        assertThat(none.path("apiVersion").asText()).isEqualTo("meta.k8s.io/v1beta1");
        ObjectNode full = Tables.ofList(convertor, list(), Tables.V1, IncludeObject.OBJECT, true, NOW);
        assertThat(full.at("/rows/0/object/kind").asText()).isEqualTo("ConfigMap");
        assertThat(full.at("/rows/0/object/data/k").asText()).isEqualTo("v");
    }

    @Test
    void includeObjectParsesCaseInsensitivelyAndDefaultsToMetadata() {
        assertThat(IncludeObject.parse(null)).isEqualTo(IncludeObject.METADATA);
        assertThat(IncludeObject.parse("Object")).isEqualTo(IncludeObject.OBJECT);
        assertThat(IncludeObject.parse("None")).isEqualTo(IncludeObject.NONE);
        assertThatThrownBy(() -> IncludeObject.parse("All")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void singleObjectTableUsesTheObjectsResourceVersionAndMayOmitHeaders() {
        ObjectNode obj = (ObjectNode) list().path("items").get(0);
        ObjectNode table = Tables.ofObject(convertor, obj, Tables.V1, IncludeObject.METADATA, false, NOW);
        assertThat(table.at("/metadata/resourceVersion").asText()).isEqualTo("40");
        assertThat(table.has("columnDefinitions")).isFalse();
        assertThat(table.path("rows")).hasSize(1);
    }

    @Test
    void partialObjectMetadataListKeepsListMetaAndEachItemsMetadata() {
        ObjectNode partial = Tables.partialObjectMetadataList(list(), Tables.V1);
        assertThat(partial.path("kind").asText()).isEqualTo("PartialObjectMetadataList");
        assertThat(partial.at("/metadata/resourceVersion").asText()).isEqualTo("42");
        assertThat(partial.at("/items/0/kind").asText()).isEqualTo("PartialObjectMetadata");
        assertThat(partial.at("/items/0/metadata/namespace").asText()).isEqualTo("default");
        assertThat(partial.at("/items/0").has("data")).isFalse();
    }
}
