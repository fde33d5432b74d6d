package io.j8s.apiserver.registry.rbac.clusterrolebinding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class ClusterRoleBindingStrategyTest {

    private final ClusterRoleBindingStrategy strategy = new ClusterRoleBindingStrategy();

    @Test
    void requiresClusterRoleAndServiceAccountNamespace() {
        ObjectNode obj = Json.toTree(new ClusterRoleBindingBuilder().withNewMetadata().withName("admins").endMetadata()
                .withNewRoleRef().withKind("Role").withName("admin").endRoleRef()
                .addNewSubject().withKind("ServiceAccount").withName("deployer").endSubject()
                .build());
        strategy.applyDefaults(obj);

        assertThat(strategy.validate(obj)).extracting(FieldError::message).containsExactly(
                "roleRef.kind: Unsupported value: \"Role\": supported values: \"ClusterRole\"",
                "subjects[0].namespace: Required value");
    }
}
