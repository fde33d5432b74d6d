package io.j8s.apiserver.registry.core.podtemplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodTemplateBuilder;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class PodTemplateStrategyTest {

    private final StrategyFixture templates = StrategyFixture.of("podtemplates");

    private static PodTemplateBuilder template() {
        return new PodTemplateBuilder().withNewMetadata().withName("t").withNamespace("default").endMetadata()
                .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("nginx").endContainer().endSpec().endTemplate();
    }

    @Test
    void defaultsTheTemplateLikeAPod() {
        assertThat(templates.created(template().build()).at("/template/spec/containers/0/imagePullPolicy").asText()).isEqualTo("Always");
    }

    @Test
    void reportsTemplateLabelProblemsAtTemplateLabels() {
        assertThat(templates.errors(template().editTemplate().editMetadata().addToLabels("app", "not valid").endMetadata()
                .endTemplate().build())).hasSize(1).first().asString().startsWith("template.labels: Invalid value: \"not valid\"");
    }

    @Test
    void validatesTheTemplateSpec() {
        assertThat(templates.errors(template().editTemplate().editSpec().withContainers().endSpec().endTemplate().build()))
                .containsExactly("template.spec.containers: Required value");
    }
}
