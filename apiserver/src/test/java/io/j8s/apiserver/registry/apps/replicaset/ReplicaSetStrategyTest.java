package io.j8s.apiserver.registry.apps.replicaset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaSetStrategyTest {

    private final ReplicaSetStrategy strategy = new ReplicaSetStrategy();

    private static ReplicaSetBuilder replicaSet() {
        return new ReplicaSetBuilder()
                .withNewMetadata().withName("web-1").withNamespace("default").endMetadata()
                .withNewSpec()
                .withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate()
                .withNewMetadata().addToLabels("app", "web").endMetadata()
                .withNewSpec().addNewContainer().withName("nginx").withImage("nginx").endContainer().endSpec()
                .endTemplate()
                .endSpec();
    }

    private ObjectNode defaulted(ReplicaSet rs) {
        ObjectNode obj = Json.toTree(rs);
        strategy.applyDefaults(obj);
        return obj;
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsReplicasToOne() {
        assertThat(defaulted(replicaSet().build()).at("/spec/replicas").asInt()).isEqualTo(1);
    }

    @Test
    void acceptsAValidReplicaSet() {
        assertThat(strategy.validate(defaulted(replicaSet().build()))).isEmpty();
    }

    @Test
    void rejectsReplicaSetWhoseSelectorDoesNotMatchTemplateLabels() {
        ReplicaSet rs = replicaSet().editSpec().editTemplate().editMetadata().withLabels(java.util.Map.of("app", "db"))
                .endMetadata().endTemplate().endSpec().build();

        assertThat(messages(strategy.validate(defaulted(rs)))).containsExactly(
                "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"db\"}: `selector` does not match template `labels`");
    }

    @Test
    void rejectsSelectorChangeOnUpdate() {
        ObjectNode old = defaulted(replicaSet().build());
        ObjectNode next = defaulted(replicaSet().editSpec().withNewSelector().addNewMatchExpression().withKey("app")
                .withOperator("Exists").endMatchExpression().endSelector().endSpec().build());

        assertThat(messages(strategy.validateUpdate(next, old))).singleElement().asString()
                .startsWith("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), "
                        + "MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:\"app\", Operator:\"Exists\"")
                .endsWith(": field is immutable");
    }

    @Test
    void rejectsInvalidSelectorOperator() {
        ReplicaSet rs = replicaSet().editSpec().editSelector().addNewMatchExpression().withKey("app")
                .withOperator("Like").withValues("web").endMatchExpression().endSelector().endSpec().build();

        assertThat(messages(strategy.validate(defaulted(rs))))
                .contains("spec.selector.matchExpressions[0].operator: Invalid value: \"Like\": not a valid selector operator");
    }

    @Test
    void exposesStatusReplicasAsSelectableField() {
        ObjectNode obj = defaulted(replicaSet().withNewStatus().withReplicas(2).endStatus().build());

        assertThat(strategy.selectableFields(obj)).containsEntry("status.replicas", "2");
    }

    @Test
    void rejectsStatusWithMoreReadyThanReplicas() {
        ObjectNode old = defaulted(replicaSet().build());
        ObjectNode next = defaulted(replicaSet().withNewStatus().withReplicas(1).withReadyReplicas(2).withAvailableReplicas(1)
                .endStatus().build());

        assertThat(messages(strategy.validateStatusUpdate(next, old)))
                .containsExactly("status.readyReplicas: Invalid value: 2: cannot be greater than status.replicas");
    }
}
