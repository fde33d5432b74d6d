package io.j8s.apimachinery.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.j8s.apimachinery.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAJsonObject() {
        ObjectNode pod = Json.readObject(bytes("{\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"}}"), MediaType.JSON);
        assertThat(pod.path("metadata").path("name").asText()).isEqualTo("p");
    }

    @Test
    void readsAYamlObject() {
        ObjectNode pod = Json.readObject(bytes("kind: Pod\nmetadata:\n  name: p\n"), MediaType.YAML);
        assertThat(pod.path("kind").asText()).isEqualTo("Pod");
    }

    @Test
    void malformedJsonIsABadRequestAboutVersionAndKind() {
        assertThatThrownBy(() -> Json.readObject(bytes("{\"kind\":"), MediaType.JSON))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("couldn't get version/kind; json parse error: ");
                });
    }

    @Test
    void malformedYamlIsABadRequestAboutYamlConversion() {
        assertThatThrownBy(() -> Json.readObject(bytes("a: [1,\nb: c: d"), MediaType.YAML))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("error converting YAML to JSON: yaml: line ");
                });
    }

    @Test
    void anArrayBodyIsRejectedLikeGoUnmarshal() {
        assertThatThrownBy(() -> Json.readObject(bytes("[1,2]"), MediaType.JSON))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.getMessage()).contains("json: cannot unmarshal array into Go value of type struct"));
    }

    @Test
    void anEmptyBodyIsMissingKind() {
        assertThatThrownBy(() -> Json.readObject(bytes(""), MediaType.JSON))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.getMessage()).isEqualTo("Object 'Kind' is missing in ''"));
    }

    @Test
    void missingKindQuotesTheBody() {
        assertThat(Json.missingKind(bytes("{\"a\":1}")).getMessage()).isEqualTo("Object 'Kind' is missing in '{\"a\":1}'");
    }

    @Test
    void readsEveryObjectOfAMultiDocumentYamlStream() {
        var docs = Json.readYamlDocuments(bytes("---\nkind: A\n---\n\n---\nkind: B\n"));
        assertThat(docs).extracting(d -> d.path("kind").asText()).containsExactly("A", "B");
    }

    @Test
    void writesWithoutNullsAndRoundTripsTheModel() {
        Pod pod = new PodBuilder().withNewMetadata().withName("p").withCreationTimestamp("2024-01-01T00:00:00Z")
                .endMetadata().build();
        ObjectNode tree = Json.toTree(pod);
        assertThat(new String(Json.write(tree), StandardCharsets.UTF_8)).doesNotContain("null");
        Pod back = Json.toObject(tree, Pod.class);
        assertThat(back).isEqualTo(pod);
    }

    @Test
    void unknownPropertiesDoNotFailBinding() {
        JsonNode tree = Json.readObject(bytes("{\"kind\":\"Pod\",\"spec\":{\"bogus\":1}}"), MediaType.JSON);
        assertThat(Json.toObject(tree, Pod.class).getKind()).isEqualTo("Pod");
    }

    @Test
    void javaTimeValuesAreWrittenAsIsoStrings() {
        JsonNode tree = Json.toTree(java.util.Map.of("t", OffsetDateTime.parse("2024-01-01T00:00:00Z")));
        assertThat(tree.path("t").isTextual()).isTrue();
    }

    @Test
    void findsDuplicateFieldsWithTheirPaths() {
        var dups = Json.duplicateFields(bytes(
                "{\"metadata\":{\"name\":\"a\",\"name\":\"b\"},\"spec\":{\"containers\":[{\"image\":\"x\",\"image\":\"y\"}]},\"spec\":{}}"));
        assertThat(dups).containsExactly("metadata.name", "spec.containers[0].image", "spec");
    }

    @Test
    void aDocumentWithoutDuplicatesHasNone() {
        assertThat(Json.duplicateFields(bytes("{\"a\":{\"b\":1},\"b\":{\"a\":[{\"b\":1},{\"b\":2}]}}"))).isEmpty();
    }

    @Test
    void yamlKeepsNumericLookingStringsQuoted() {
        ObjectNode node = Json.object().put("v", "123");
        String yaml = new String(Json.writeYaml(node), StandardCharsets.UTF_8);
        assertThat(Json.readObject(bytes(yaml), MediaType.YAML).path("v").isTextual()).isTrue();
    }

    @Test
    void contentTypesMapToFormats() {
        assertThat(MediaType.ofContentType("application/json; charset=utf-8")).contains(MediaType.JSON);
        assertThat(MediaType.ofContentType("application/merge-patch+json")).contains(MediaType.JSON);
        assertThat(MediaType.ofContentType("application/apply-patch+yaml")).contains(MediaType.YAML);
        assertThat(MediaType.ofContentType("text/plain")).isEmpty();
    }

    @Test
    void aWronglyTypedFieldIsABadRequestWordedLikeGo() {
        JsonNode tree = Json.readObject(bytes("{\"kind\":\"Deployment\",\"spec\":{\"replicas\":\"three\"}}"), MediaType.JSON);
        assertThatThrownBy(() -> Json.toObject(tree, io.fabric8.kubernetes.api.model.apps.Deployment.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(
                            "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32");
                });
    }

    @Test
    void anObjectWhereAListGoesNamesTheListType() {
        JsonNode tree = Json.readObject(bytes("{\"spec\":{\"containers\":{\"name\":\"x\"}}}"), MediaType.JSON);
        assertThatThrownBy(() -> Json.toObject(tree, Pod.class))
                .hasMessage("json: cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container");
    }
}
