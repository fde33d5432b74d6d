package io.j8s.apiserver.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ObjectChecksTest {

    private final ObjectChecks checks = new ObjectChecks();
    private final ResourceDefinition configMaps = definition("configmaps");
    private final ResourceDefinition nodes = definition("nodes");

    private static ResourceDefinition definition(String resource) {
        return BuiltinResources.all().stream().filter(d -> d.resource().equals(resource)).findFirst().orElseThrow();
    }

    private static ObjectNode obj(String json) {
        return Json.readObject(json.getBytes(StandardCharsets.UTF_8), MediaType.JSON);
    }

    @Test
    void fillsTheNamespaceFromTheRequest() {
        ObjectNode cm = obj("{\"metadata\":{\"name\":\"a\"}}");
        checks.namespace(cm, configMaps, "team");
        assertThat(cm.at("/metadata/namespace").asText()).isEqualTo("team");
    }

    @Test
    void rejectsANamespaceThatDiffersFromTheRequest() {
        assertThatThrownBy(() -> checks.namespace(obj("{\"metadata\":{\"name\":\"a\",\"namespace\":\"x\"}}"), configMaps, "y"))
                .hasMessage("the namespace of the provided object does not match the namespace sent on the request");
    }

    @Test
    void clearsTheNamespaceOfClusterScopedObjects() {
        ObjectNode node = obj("{\"metadata\":{\"name\":\"n\",\"namespace\":\"x\"}}");
        checks.namespace(node, nodes, null);
        assertThat(node.at("/metadata").has("namespace")).isFalse();
    }

    @Test
    void rejectsANameThatDiffersFromTheUrl() {
        assertThatThrownBy(() -> checks.name(obj("{\"metadata\":{\"name\":\"a\"}}"), "b"))
                .hasMessage("the name of the object (a) does not match the name on the URL (b)");
    }

    @Test
    void defaultsTypeMetaAndRejectsAnotherVersionOrKind() {
        ObjectNode cm = obj("{\"metadata\":{\"name\":\"a\"}}");
        checks.typeMeta(cm, "v1", "ConfigMap");
        assertThat(cm.get("kind").asText()).isEqualTo("ConfigMap");
        assertThat(cm.get("apiVersion").asText()).isEqualTo("v1");
        assertThatThrownBy(() -> checks.typeMeta(obj("{\"apiVersion\":\"apps/v1\",\"kind\":\"ConfigMap\"}"), "v1", "ConfigMap"))
                .hasMessage("the API version in the data (apps/v1) does not match the expected API version (v1)");
        assertThatThrownBy(() -> checks.typeMeta(obj("{\"apiVersion\":\"v1\",\"kind\":\"Secret\"}"), "v1", "ConfigMap"))
                .hasMessageStartingWith("Secret in version \"v1\" cannot be handled as a ConfigMap");
    }
}
