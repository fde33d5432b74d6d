package io.j8s.apiserver.registry.rbac.rolebinding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class RoleBindingStrategyTest {

    private final RoleBindingStrategy strategy = new RoleBindingStrategy();

    private ObjectNode binding(String roleKind, String roleName) {
        ObjectNode obj = Json.toTree(new RoleBindingBuilder().withNewMetadata().withName("read-pods").withNamespace("default").endMetadata()
                .withNewRoleRef().withKind(roleKind).withName(roleName).endRoleRef()
                .addNewSubject().withKind("User").withName("jane").endSubject()
                .addNewSubject().withKind("ServiceAccount").withName("builder").endSubject()
                .build());
        strategy.applyDefaults(obj);
        return obj;
    }

    @Test
    void defaultsApiGroupsOfRoleRefAndSubjects() {
        ObjectNode obj = binding("Role", "reader");

        assertThat(obj.at("/roleRef/apiGroup").asText()).isEqualTo("rbac.authorization.k8s.io");
        assertThat(obj.at("/subjects/0/apiGroup").asText()).isEqualTo("rbac.authorization.k8s.io");
        assertThat(obj.at("/subjects/1/apiGroup").asText()).isEmpty();
        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void rejectsUnknownRoleKindAndSubjectKind() {
        ObjectNode obj = binding("Policy", "reader");
        ((ObjectNode) obj.at("/subjects/0")).put("kind", "Robot");

        assertThat(strategy.validate(obj)).extracting(FieldError::message).containsExactly(
                "roleRef.kind: Unsupported value: \"Policy\": supported values: \"Role\", \"ClusterRole\"",
                "subjects[0].kind: Unsupported value: \"Robot\": supported values: \"ServiceAccount\", \"User\", \"Group\"");
    }

    @Test
    void rejectsRoleRefChanges() {
        assertThat(strategy.validateUpdate(binding("ClusterRole", "view"), binding("Role", "reader")))
                .extracting(FieldError::message).containsExactly("roleRef: Invalid value: "
                        + "rbac.RoleRef{APIGroup:\"rbac.authorization.k8s.io\", Kind:\"ClusterRole\", Name:\"view\"}: cannot change roleRef");
    }
}
