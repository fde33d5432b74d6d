package io.j8s.apiserver.registry.rbac.clusterrole;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class ClusterRoleStrategyTest {

    private final ClusterRoleStrategy strategy = new ClusterRoleStrategy();

    @Test
    void acceptsNonResourceUrlRules() {
        assertThat(strategy.validate(Json.toTree(new ClusterRoleBuilder().withNewMetadata().withName("health").endMetadata()
                .addNewRule().withNonResourceURLs("/healthz", "/readyz").withVerbs("get").endRule().build()))).isEmpty();
    }

    @Test
    void rejectsRulesMixingResourcesAndNonResourceUrls() {
        assertThat(strategy.validate(Json.toTree(new ClusterRoleBuilder().withNewMetadata().withName("mixed").endMetadata()
                .addNewRule().withNonResourceURLs("/metrics").withResources("pods").withVerbs("get").endRule().build())))
                .extracting(FieldError::message).containsExactly("rules[0].nonResourceURLs: Invalid value: []string{\"/metrics\"}: "
                        + "rules cannot apply to both regular resources and non-resource URLs");
    }

    @Test
    void requiresSelectorsInAnAggregationRule() {
        assertThat(strategy.validate(Json.toTree(new ClusterRoleBuilder().withNewMetadata().withName("monitoring").endMetadata()
                .withNewAggregationRule().endAggregationRule().build())))
                .extracting(FieldError::message).containsExactly("aggregationRule.clusterRoleSelectors: Required value: "
                        + "at least one clusterRoleSelector required if aggregationRule is non-nil");
    }
}
