package io.j8s.apiserver.registry.scheduling.priorityclass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class PriorityClassStrategyTest {

    private final PriorityClassStrategy strategy = new PriorityClassStrategy();

    private static PriorityClassBuilder priorityClass(String name, int value) {
        return new PriorityClassBuilder().withNewMetadata().withName(name).endMetadata().withValue(value);
    }

    private ObjectNode defaulted(PriorityClassBuilder builder) {
        ObjectNode obj = Json.toTree(builder.build());
        strategy.applyDefaults(obj);
        return obj;
    }

    @Test
    void defaultsPreemptionPolicy() {
        assertThat(defaulted(priorityClass("high", 1000)).path("preemptionPolicy").asText()).isEqualTo("PreemptLowerPriority");
    }

    @Test
    void acceptsTheBuiltInSystemClasses() {
        assertThat(strategy.validate(defaulted(priorityClass("system-node-critical", 2_000_001_000)))).isEmpty();
        assertThat(strategy.validate(defaulted(priorityClass("system-cluster-critical", 2_000_000_000)))).isEmpty();
    }

    @Test
    void reservesTheSystemPrefix() {
        assertThat(strategy.validate(defaulted(priorityClass("system-mine", 10)))).extracting(FieldError::message).containsExactly(
                "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. "
                        + "error: system-mine is not a known system priority class");
    }

    @Test
    void limitsUserClassesToOneBillion() {
        assertThat(strategy.validate(defaulted(priorityClass("huge", 1_000_000_001)))).extracting(FieldError::message)
                .containsExactly("value: Forbidden: maximum allowed value of a user defined priority is 1000000000");
    }

    @Test
    void keepsValueAndPreemptionPolicyOnUpdate() {
        ObjectNode old = defaulted(priorityClass("high", 1000));
        ObjectNode next = defaulted(priorityClass("high", 2000).withPreemptionPolicy("Never"));

        assertThat(strategy.validateUpdate(next, old)).extracting(FieldError::message).containsExactly(
                "value: Forbidden: may not be changed in an update.",
                "preemptionPolicy: Invalid value: \"Never\": field is immutable");
    }
}
