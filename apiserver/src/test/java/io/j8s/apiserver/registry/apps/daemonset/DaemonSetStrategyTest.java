package io.j8s.apiserver.registry.apps.daemonset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaemonSetStrategyTest {

    private final DaemonSetStrategy strategy = new DaemonSetStrategy();

    private static DaemonSetBuilder daemonSet() {
        return new DaemonSetBuilder()
                .withNewMetadata().withName("agent").withNamespace("kube-system").endMetadata()
                .withNewSpec()
                .withNewSelector().addToMatchLabels("app", "agent").endSelector()
                .withNewTemplate()
                .withNewMetadata().addToLabels("app", "agent").endMetadata()
                .withNewSpec().addNewContainer().withName("agent").withImage("busybox").endContainer().endSpec()
                .endTemplate()
                .endSpec();
    }

    private ObjectNode defaulted(DaemonSet ds) {
        ObjectNode obj = Json.toTree(ds);
        strategy.applyDefaults(obj);
        return obj;
    }

    private List<String> errors(DaemonSet ds) {
        return strategy.validate(defaulted(ds)).stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsRollingUpdateOfOneUnavailableNoSurgeAndHistory() {
        ObjectNode obj = defaulted(daemonSet().build());

        assertThat(obj.at("/spec/updateStrategy/type").asText()).isEqualTo("RollingUpdate");
        assertThat(obj.at("/spec/updateStrategy/rollingUpdate/maxUnavailable").asInt()).isEqualTo(1);
        assertThat(obj.at("/spec/updateStrategy/rollingUpdate/maxSurge").asInt()).isZero();
        assertThat(obj.at("/spec/revisionHistoryLimit").asInt()).isEqualTo(10);
    }

    @Test
    void acceptsAValidDaemonSet() {
        assertThat(errors(daemonSet().build())).isEmpty();
    }

    @Test
    void rejectsEmptySelector() {
        DaemonSet ds = daemonSet().editSpec().withNewSelector().endSelector().endSpec().build();

        assertThat(errors(ds)).singleElement().asString().endsWith("empty selector is invalid for daemonset");
    }

    @Test
    void rejectsMissingSelectorAsSelectingNoneOfTheTemplate() {
        DaemonSet ds = daemonSet().editSpec().withSelector(null).endSpec().build();

        assertThat(errors(ds)).containsExactly("spec.template.metadata.labels: Invalid value: "
                + "map[string]string{\"app\":\"agent\"}: `selector` does not match template `labels`");
    }

    @Test
    void rejectsZeroUnavailableWithoutSurge() {
        DaemonSet ds = daemonSet().editSpec().withNewUpdateStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withMaxUnavailable(new IntOrString(0)).withMaxSurge(new IntOrString(0)).endRollingUpdate().endUpdateStrategy()
                .endSpec().build();

        assertThat(errors(ds)).containsExactly("spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: "
                + "intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0");
    }

    @Test
    void rejectsUnknownUpdateStrategy() {
        DaemonSet ds = daemonSet().editSpec().withNewUpdateStrategy().withType("Sometimes").endUpdateStrategy().endSpec().build();

        assertThat(errors(ds)).containsExactly(
                "spec.updateStrategy: Unsupported value: \"Sometimes\": supported values: \"OnDelete\", \"RollingUpdate\"");
    }

    @Test
    void rejectsSelectorChangeOnUpdate() {
        ObjectNode old = defaulted(daemonSet().build());
        ObjectNode next = defaulted(daemonSet().editSpec().editSelector().addToMatchLabels("v", "2").endSelector()
                .editTemplate().editMetadata().addToLabels("v", "2").endMetadata().endTemplate().endSpec().build());

        assertThat(strategy.validateUpdate(next, old)).extracting(FieldError::message).singleElement().asString()
                .endsWith("field is immutable");
    }

    @Test
    void countsTemplateGenerationsInAnAnnotation() {
        ObjectNode created = defaulted(daemonSet().build());
        strategy.prepareForCreate(created);
        ObjectNode relabelled = created.deepCopy();
        ((ObjectNode) relabelled.get("metadata")).putObject("labels").put("team", "infra");
        ObjectNode newImage = created.deepCopy();
        ((ObjectNode) newImage.at("/spec/template/spec/containers/0")).put("image", "busybox:2");

        strategy.prepareForUpdate(relabelled, created);
        strategy.prepareForUpdate(newImage, created);

        assertThat(created.at("/metadata/annotations/deprecated.daemonset.template.generation").asText()).isEqualTo("1");
        assertThat(relabelled.at("/metadata/annotations/deprecated.daemonset.template.generation").asText()).isEqualTo("1");
        assertThat(newImage.at("/metadata/annotations/deprecated.daemonset.template.generation").asText()).isEqualTo("2");
    }
}
