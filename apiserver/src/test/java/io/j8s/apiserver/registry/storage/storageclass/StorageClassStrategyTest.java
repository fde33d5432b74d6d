package io.j8s.apiserver.registry.storage.storageclass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageClassStrategyTest {

    private final StorageClassStrategy strategy = new StorageClassStrategy();

    private ObjectNode storageClass(String provisioner, Map<String, String> parameters) {
        ObjectNode obj = Json.toTree(new StorageClassBuilder().withNewMetadata().withName("local").endMetadata()
                .withProvisioner(provisioner).withParameters(parameters).build());
        strategy.applyDefaults(obj);
        return obj;
    }

    @Test
    void defaultsReclaimPolicyAndBindingMode() {
        ObjectNode obj = storageClass("j8s.io/hostpath", Map.of());

        assertThat(obj.path("reclaimPolicy").asText()).isEqualTo("Delete");
        assertThat(obj.path("volumeBindingMode").asText()).isEqualTo("Immediate");
        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void requiresAValidProvisioner() {
        assertThat(strategy.validate(storageClass(null, Map.of()))).extracting(FieldError::message)
                .containsExactly("provisioner: Required value");
        assertThat(strategy.validate(storageClass("bad/name/here", Map.of()))).extracting(FieldError::message)
                .singleElement().asString().startsWith("provisioner: Invalid value: \"bad/name/here\": a qualified name must consist of");
    }

    @Test
    void rejectsUnknownReclaimPolicy() {
        ObjectNode obj = storageClass("j8s.io/hostpath", Map.of());
        obj.put("reclaimPolicy", "Recycle");

        assertThat(strategy.validate(obj)).extracting(FieldError::message)
                .containsExactly("reclaimPolicy: Unsupported value: \"Recycle\": supported values: \"Delete\", \"Retain\"");
    }

    @Test
    void forbidsChangingProvisionerAndParameters() {
        ObjectNode old = storageClass("j8s.io/hostpath", Map.of("path", "/data"));
        ObjectNode next = storageClass("j8s.io/other", Map.of("path", "/mnt"));

        assertThat(strategy.validateUpdate(next, old)).extracting(FieldError::message).containsExactly(
                "parameters: Forbidden: updates to parameters are forbidden.",
                "provisioner: Forbidden: updates to provisioner are forbidden.");
    }
}
