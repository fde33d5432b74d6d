package io.j8s.apiserver.registry.policy.poddisruptionbudget;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodDisruptionBudgetStrategyTest {

    private final PodDisruptionBudgetStrategy strategy = new PodDisruptionBudgetStrategy();

    private static PodDisruptionBudgetBuilder pdb() {
        return new PodDisruptionBudgetBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", "web").endSelector().endSpec();
    }

    private List<String> errors(PodDisruptionBudget pdb) {
        return strategy.validate(Json.toTree(pdb)).stream().map(FieldError::message).toList();
    }

    @Test
    void acceptsMinAvailableAsCountOrPercent() {
        assertThat(errors(pdb().editSpec().withMinAvailable(new IntOrString(2)).endSpec().build())).isEmpty();
        assertThat(errors(pdb().editSpec().withMaxUnavailable(new IntOrString("30%")).endSpec().build())).isEmpty();
    }

    @Test
    void rejectsBothMinAvailableAndMaxUnavailable() {
        assertThat(errors(pdb().editSpec().withMinAvailable(new IntOrString(1)).withMaxUnavailable(new IntOrString(1))
                .endSpec().build())).singleElement().asString()
                .startsWith("spec: Invalid value:").endsWith("minAvailable and maxUnavailable cannot be both set");
    }

    @Test
    void rejectsInvalidPercentAndNegativeCount() {
        assertThat(errors(pdb().editSpec().withMinAvailable(new IntOrString("120%")).endSpec().build())).containsExactly(
                "spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"120%\"}: must not be greater than 100%");
        assertThat(errors(pdb().editSpec().withMaxUnavailable(new IntOrString(-1)).endSpec().build())).containsExactly(
                "spec.maxUnavailable: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void rejectsUnknownUnhealthyPodEvictionPolicy() {
        assertThat(errors(pdb().editSpec().withUnhealthyPodEvictionPolicy("Never").endSpec().build())).containsExactly(
                "spec.unhealthyPodEvictionPolicy: Unsupported value: \"Never\": supported values: \"AlwaysAllow\", \"IfHealthyBudget\"");
    }
}
