package io.j8s.apiserver.registry.rbac.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class RoleStrategyTest {

    private final RoleStrategy strategy = new RoleStrategy();

    @Test
    void acceptsResourceRules() {
        assertThat(strategy.validate(Json.toTree(new RoleBuilder().withNewMetadata().withName("reader").withNamespace("default")
                .endMetadata().addNewRule().withApiGroups("").withResources("pods").withVerbs("get", "list").endRule().build())))
                .isEmpty();
    }

    @Test
    void rejectsRulesWithoutVerbsOrResourcesAndNonResourceUrls() {
        assertThat(strategy.validate(Json.toTree(new RoleBuilder().withNewMetadata().withName("bad").withNamespace("default")
                .endMetadata()
                .addNewRule().endRule()
                .addNewRule().withNonResourceURLs("/healthz").withVerbs("get").endRule()
                .build()))).extracting(FieldError::message).containsExactly(
                "rules[0].verbs: Required value: verbs must contain at least one value",
                "rules[0].apiGroups: Required value: resource rules must supply at least one api group",
                "rules[0].resources: Required value: resource rules must supply at least one resource",
                "rules[1].nonResourceURLs: Invalid value: []string{\"/healthz\"}: namespaced rules cannot apply to non-resource URLs");
    }
}
