package io.j8s.apiserver.registry.apps.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentStrategyTest {

    private final DeploymentStrategy strategy = new DeploymentStrategy();

    private static DeploymentBuilder deployment() {
        return new DeploymentBuilder()
                .withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec()
                .withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate()
                .withNewMetadata().addToLabels("app", "web").endMetadata()
                .withNewSpec().addNewContainer().withName("nginx").withImage("nginx").endContainer().endSpec()
                .endTemplate()
                .endSpec();
    }

    private ObjectNode defaulted(Deployment d) {
        ObjectNode obj = Json.toTree(d);
        strategy.applyDefaults(obj);
        return obj;
    }

    private List<String> errors(Deployment d) {
        return strategy.validate(defaulted(d)).stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsReplicasRollingUpdateHistoryAndProgressDeadline() {
        ObjectNode obj = defaulted(deployment().build());

        assertThat(obj.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(obj.at("/spec/strategy/type").asText()).isEqualTo("RollingUpdate");
        assertThat(obj.at("/spec/strategy/rollingUpdate/maxSurge").asText()).isEqualTo("25%");
        assertThat(obj.at("/spec/strategy/rollingUpdate/maxUnavailable").asText()).isEqualTo("25%");
        assertThat(obj.at("/spec/revisionHistoryLimit").asInt()).isEqualTo(10);
        assertThat(obj.at("/spec/progressDeadlineSeconds").asInt()).isEqualTo(600);
    }

    @Test
    void defaultsTheTemplatePodSpec() {
        ObjectNode obj = defaulted(deployment().build());

        assertThat(obj.at("/spec/template/spec/restartPolicy").asText()).isEqualTo("Always");
        assertThat(obj.at("/spec/template/spec/dnsPolicy").asText()).isEqualTo("ClusterFirst");
    }

    @Test
    void keepsValuesTheUserSet() {
        ObjectNode obj = defaulted(deployment().editSpec().withReplicas(3).withRevisionHistoryLimit(2)
                .withNewStrategy().withType("Recreate").endStrategy().endSpec().build());

        assertThat(obj.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(obj.at("/spec/revisionHistoryLimit").asInt()).isEqualTo(2);
        assertThat(obj.at("/spec/strategy/rollingUpdate").isMissingNode()).isTrue();
    }

    @Test
    void acceptsAValidDeployment() {
        assertThat(errors(deployment().build())).isEmpty();
    }

    @Test
    void rejectsDeploymentWhoseSelectorDoesNotMatchTemplateLabels() {
        Deployment d = deployment().editSpec().editSelector().addToMatchLabels("app", "api").endSelector().endSpec().build();

        assertThat(errors(d)).containsExactly(
                "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`");
    }

    @Test
    void rejectsDeploymentWithoutSelector() {
        Deployment d = deployment().editSpec().withSelector(null).endSpec().build();

        assertThat(errors(d)).containsExactly("spec.selector: Required value",
                "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`");
    }

    @Test
    void rejectsEmptySelector() {
        Deployment d = deployment().editSpec().withNewSelector().endSelector().endSpec().build();

        assertThat(errors(d)).contains("spec.selector: Invalid value: "
                + "v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: "
                + "empty selector is invalid for deployment");
    }

    @Test
    void matchesTemplateLabelsWithSelectorExpressions() {
        Deployment d = deployment().editSpec().withNewSelector().addNewMatchExpression()
                .withKey("app").withOperator("In").withValues("web", "api").endMatchExpression().endSelector().endSpec().build();

        assertThat(errors(d)).isEmpty();
    }

    @Test
    void rejectsSelectorChangeOnUpdate() {
        ObjectNode old = defaulted(deployment().build());
        Deployment changed = deployment().editSpec().editSelector().addToMatchLabels("tier", "front").endSelector()
                .editTemplate().editMetadata().addToLabels("tier", "front").endMetadata().endTemplate().endSpec().build();

        List<String> errors = strategy.validateUpdate(defaulted(changed), old).stream().map(FieldError::message).toList();

        assertThat(errors).containsExactly("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string"
                + "{\"app\":\"web\", \"tier\":\"front\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable");
    }

    @Test
    void acceptsScalingOnUpdate() {
        ObjectNode old = defaulted(deployment().build());
        ObjectNode scaled = defaulted(deployment().editSpec().withReplicas(5).endSpec().build());

        assertThat(strategy.validateUpdate(scaled, old)).isEmpty();
    }

    @Test
    void rejectsMaxSurgeAndMaxUnavailableBothZero() {
        Deployment d = deployment().editSpec().withNewStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withMaxSurge(new IntOrString(0)).withMaxUnavailable(new IntOrString("0%")).endRollingUpdate().endStrategy()
                .endSpec().build();

        assertThat(errors(d)).containsExactly("spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "
                + "intstr.IntOrString{Type:1, IntVal:0, StrVal:\"0%\"}: may not be 0 when `maxSurge` is 0");
    }

    @Test
    void rejectsMalformedPercentAndMoreThanAHundredPercentUnavailable() {
        Deployment d = deployment().editSpec().withNewStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withMaxSurge(new IntOrString("25")).withMaxUnavailable(new IntOrString("150%")).endRollingUpdate().endStrategy()
                .endSpec().build();

        assertThat(errors(d)).containsExactlyInAnyOrder(
                "spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25\"}: "
                        + "a valid percent string must be a numeric string followed by an ending '%' "
                        + "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
                "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"150%\"}: "
                        + "must not be greater than 100%");
    }

    @Test
    void rejectsNegativeMaxSurge() {
        Deployment d = deployment().editSpec().withNewStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withMaxSurge(new IntOrString(-1)).endRollingUpdate().endStrategy().endSpec().build();

        assertThat(errors(d)).containsExactly(
                "spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void rejectsRecreateWithRollingUpdateParameters() {
        Deployment d = deployment().editSpec().withNewStrategy().withType("Recreate").withNewRollingUpdate()
                .withMaxSurge(new IntOrString(1)).endRollingUpdate().endStrategy().endSpec().build();

        assertThat(errors(d)).containsExactly(
                "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'");
    }

    @Test
    void rejectsUnknownStrategyType() {
        Deployment d = deployment().editSpec().withNewStrategy().withType("BlueGreen").endStrategy().endSpec().build();

        assertThat(errors(d)).containsExactly(
                "spec.strategy.type: Unsupported value: \"BlueGreen\": supported values: \"Recreate\", \"RollingUpdate\"");
    }

    @Test
    void rejectsTemplateThatDoesNotRestartAlways() {
        Deployment d = deployment().editSpec().editTemplate().editSpec().withRestartPolicy("Never").endSpec().endTemplate()
                .endSpec().build();

        assertThat(errors(d)).containsExactly(
                "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"");
    }

    @Test
    void rejectsTemplateWithoutContainers() {
        Deployment d = deployment().editSpec().editTemplate().editSpec().withContainers().endSpec().endTemplate().endSpec().build();

        assertThat(errors(d)).contains("spec.template.spec.containers: Required value");
    }

    @Test
    void rejectsNegativeReplicasAndProgressDeadlineNotAboveMinReadySeconds() {
        Deployment d = deployment().editSpec().withReplicas(-1).withMinReadySeconds(30).withProgressDeadlineSeconds(30)
                .endSpec().build();

        assertThat(errors(d)).containsExactlyInAnyOrder(
                "spec.replicas: Invalid value: -1: must be greater than or equal to 0",
                "spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds");
    }

    @Test
    void clearsStatusOnCreate() {
        ObjectNode obj = defaulted(deployment().withNewStatus().withReplicas(3).endStatus().build());

        strategy.prepareForCreate(obj);

        assertThat(obj.has("status")).isFalse();
    }

    @Test
    void rejectsStatusWithMoreAvailableThanReadyReplicas() {
        ObjectNode old = defaulted(deployment().build());
        ObjectNode next = defaulted(deployment().withNewStatus().withReplicas(3).withReadyReplicas(1)
                .withAvailableReplicas(2).endStatus().build());

        List<String> errors = strategy.validateStatusUpdate(next, old).stream().map(FieldError::message).toList();

        assertThat(errors).containsExactly("status.availableReplicas: Invalid value: 2: cannot be greater than readyReplicas");
    }

    @Test
    void bumpsGenerationWhenAnnotationsChange() {
        ObjectNode old = defaulted(deployment().editMetadata().withGeneration(3L).endMetadata().build());
        ObjectNode next = defaulted(deployment().editMetadata().withGeneration(3L).addToAnnotations("team", "web").endMetadata().build());

        strategy.prepareForUpdate(next, old);

        assertThat(next.at("/metadata/generation").asLong()).isEqualTo(4);
    }

    @Test
    void keepsGenerationWhenOnlyLabelsChange() {
        ObjectNode old = defaulted(deployment().editMetadata().withGeneration(3L).endMetadata().build());
        ObjectNode next = defaulted(deployment().editMetadata().withGeneration(3L).addToLabels("team", "web").endMetadata().build());

        strategy.prepareForUpdate(next, old);

        assertThat(next.at("/metadata/generation").asLong()).isEqualTo(3);
    }
}
