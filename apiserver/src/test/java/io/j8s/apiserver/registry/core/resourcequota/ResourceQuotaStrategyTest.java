package io.j8s.apiserver.registry.core.resourcequota;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class ResourceQuotaStrategyTest {

    private final StrategyFixture quotas = StrategyFixture.of("resourcequotas");

    private static ResourceQuotaBuilder quota() {
        return new ResourceQuotaBuilder().withNewMetadata().withName("compute").withNamespace("default").endMetadata()
                .withNewSpec().addToHard("pods", new Quantity("10")).addToHard("requests.cpu", new Quantity("4"))
                .addToHard("count/deployments.apps", new Quantity("5")).endSpec();
    }

    @Test
    void acceptsStandardAndCountResources() {
        assertThat(quotas.errors(quota().build())).isEmpty();
    }

    @Test
    void rejectsUnknownQuotaResource() {
        assertThat(quotas.errors(quota().editSpec().addToHard("gpus", new Quantity("1")).endSpec().build()))
                .containsExactly("spec.hard[gpus]: Invalid value: \"gpus\": must be a standard resource for quota");
    }

    @Test
    void rejectsNegativeQuantity() {
        assertThat(quotas.errors(quota().editSpec().addToHard("pods", new Quantity("-1")).endSpec().build()))
                .containsExactly("spec.hard[pods]: Invalid value: \"-1\": must be greater than or equal to 0");
    }

    @Test
    void rejectsUnsupportedScope() {
        assertThat(quotas.errors(quota().editSpec().withScopes("Sometimes").endSpec().build()))
                .containsExactly("spec.scopes: Invalid value: [\"Sometimes\"]: unsupported scope");
    }
}
