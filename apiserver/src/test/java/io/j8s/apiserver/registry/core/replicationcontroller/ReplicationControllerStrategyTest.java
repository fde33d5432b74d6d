package io.j8s.apiserver.registry.core.replicationcontroller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ReplicationControllerBuilder;
import io.j8s.apiserver.registry.core.StrategyFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationControllerStrategyTest {

    private final StrategyFixture rcs = StrategyFixture.of("replicationcontrollers");

    private static ReplicationControllerBuilder rc() {
        return new ReplicationControllerBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("nginx:1.27").endContainer().endSpec()
                .endTemplate().endSpec();
    }

    @Test
    void defaultsSelectorLabelsAndReplicasFromTheTemplate() {
        ObjectNode obj = rcs.created(rc().build());

        assertThat(obj.at("/spec/selector/app").asText()).isEqualTo("web");
        assertThat(obj.at("/metadata/labels/app").asText()).isEqualTo("web");
        assertThat(obj.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(obj.at("/spec/template/spec/restartPolicy").asText()).isEqualTo("Always");
        assertThat(obj.at("/spec/template/spec/containers/0/imagePullPolicy").asText()).isEqualTo("IfNotPresent");
    }

    @Test
    void acceptsAValidController() {
        assertThat(rcs.errors(rc().build())).isEmpty();
    }

    @Test
    void rejectsSelectorThatDoesNotMatchTemplateLabels() {
        assertThat(rcs.errors(rc().editSpec().withSelector(Map.of("app", "db")).endSpec().build()))
                .containsExactly("spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: "
                        + "`selector` does not match template `labels`");
    }

    @Test
    void requiresRestartPolicyAlwaysInTheTemplate() {
        assertThat(rcs.errors(rc().editSpec().editTemplate().editSpec().withRestartPolicy("Never").endSpec().endTemplate().endSpec().build()))
                .containsExactly("spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"");
    }

    @Test
    void validatesThePodTemplate() {
        assertThat(rcs.errors(rc().editSpec().editTemplate().editSpec().editFirstContainer().withImage(null).endContainer()
                .endSpec().endTemplate().endSpec().build())).containsExactly("spec.template.spec.containers[0].image: Required value");
    }

    @Test
    void rejectsNegativeReplicas() {
        assertThat(rcs.errors(rc().editSpec().withReplicas(-1).endSpec().build()))
                .containsExactly("spec.replicas: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void selectsControllersByStatusReplicas() {
        assertThat(rcs.strategy().selectableFields(rcs.created(rc().build()))).containsEntry("status.replicas", "0");
    }
}
