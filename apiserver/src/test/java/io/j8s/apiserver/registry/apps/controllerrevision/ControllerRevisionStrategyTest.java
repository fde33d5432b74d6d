package io.j8s.apiserver.registry.apps.controllerrevision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControllerRevisionStrategyTest {

    private final ControllerRevisionStrategy strategy = new ControllerRevisionStrategy();

    private static ControllerRevisionBuilder revision() {
        return new ControllerRevisionBuilder()
                .withNewMetadata().withName("web-5d8f").withNamespace("default").endMetadata()
                .withRevision(1L)
                .withData(Map.of("spec", Map.of("template", Map.of())));
    }

    @Test
    void rejectsRevisionWithoutDataAndNegativeRevision() {
        ObjectNode obj = Json.toTree(revision().withData(null).withRevision(-1L).build());

        assertThat(strategy.validate(obj)).extracting(FieldError::message).containsExactlyInAnyOrder(
                "data: Required value: data is mandatory",
                "revision: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void rejectsDataChangesOnUpdate() {
        ObjectNode old = Json.toTree(revision().build());
        ObjectNode next = Json.toTree(revision().withData(Map.of("spec", Map.of("replicas", 2))).build());

        assertThat(strategy.validateUpdate(next, old)).extracting(FieldError::message).singleElement().asString()
                .startsWith("data: Invalid value:").endsWith("field is immutable");
    }
}
