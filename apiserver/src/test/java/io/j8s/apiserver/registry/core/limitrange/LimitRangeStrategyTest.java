package io.j8s.apiserver.registry.core.limitrange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class LimitRangeStrategyTest {

    private final StrategyFixture limitRanges = StrategyFixture.of("limitranges");

    private static LimitRangeBuilder limits() {
        return new LimitRangeBuilder().withNewMetadata().withName("limits").withNamespace("default").endMetadata()
                .withNewSpec().addNewLimit().withType("Container")
                .addToMax("cpu", new Quantity("2")).addToMin("memory", new Quantity("64Mi")).endLimit().endSpec();
    }

    @Test
    void defaultsContainerLimitFromMaxAndRequestFromDefaultOrMin() {
        ObjectNode item = (ObjectNode) limitRanges.created(limits().build()).at("/spec/limits/0");

        assertThat(item.at("/default/cpu").asText()).isEqualTo("2");
        assertThat(item.at("/defaultRequest/cpu").asText()).isEqualTo("2");
        assertThat(item.at("/defaultRequest/memory").asText()).isEqualTo("64Mi");
    }

    @Test
    void rejectsMinAboveMax() {
        assertThat(limitRanges.errors(limits().editSpec().editFirstLimit().addToMin("cpu", new Quantity("3")).endLimit().endSpec().build()))
                .contains("spec.limits[0].min[cpu]: Invalid value: \"3\": min value 3 is greater than max value 2");
    }

    @Test
    void forbidsDefaultsForPodItems() {
        assertThat(limitRanges.errors(new LimitRangeBuilder().withNewMetadata().withName("l").withNamespace("default").endMetadata()
                .withNewSpec().addNewLimit().withType("Pod").addToDefault("cpu", new Quantity("1")).endLimit().endSpec().build()))
                .containsExactly("spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'");
    }
}
