package io.j8s.apiserver.registry.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobStrategyTest {

    private static final String UID = "0b6d3f1e-6d2c-4a55-9a9b-1d2f3e4a5b6c";

    private final JobStrategy strategy = new JobStrategy();

    private static JobBuilder job() {
        return new JobBuilder()
                .withNewMetadata().withName("pi").withNamespace("default").endMetadata()
                .withNewSpec()
                .withNewTemplate()
                .withNewSpec().withRestartPolicy("Never")
                .addNewContainer().withName("pi").withImage("perl").endContainer().endSpec()
                .endTemplate()
                .endSpec();
    }

    /** As the registry does on create: defaults, a uid, then prepareForCreate. */
    private ObjectNode created(Job job) {
        ObjectNode obj = Json.toTree(job);
        strategy.applyDefaults(obj);
        ((ObjectNode) obj.get("metadata")).put("uid", UID);
        strategy.prepareForCreate(obj);
        return obj;
    }

    private List<String> errors(Job job) {
        return messages(strategy.validate(created(job)));
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsCountsBackoffModeSuspendAndReplacementPolicy() {
        ObjectNode obj = created(job().build());

        assertThat(obj.at("/spec/parallelism").asInt()).isEqualTo(1);
        assertThat(obj.at("/spec/completions").asInt()).isEqualTo(1);
        assertThat(obj.at("/spec/backoffLimit").asInt()).isEqualTo(6);
        assertThat(obj.at("/spec/completionMode").asText()).isEqualTo("NonIndexed");
        assertThat(obj.at("/spec/suspend").asBoolean(true)).isFalse();
        assertThat(obj.at("/spec/podReplacementPolicy").asText()).isEqualTo("TerminatingOrFailed");
    }

    @Test
    void leavesCompletionsUnsetWhenOnlyParallelismIsSet() {
        ObjectNode obj = created(job().editSpec().withParallelism(4).endSpec().build());

        assertThat(obj.at("/spec/parallelism").asInt()).isEqualTo(4);
        assertThat(obj.at("/spec/completions").isMissingNode()).isTrue();
    }

    @Test
    void defaultsReplacementPolicyToFailedWithAPodFailurePolicy() {
        ObjectNode obj = created(job().editSpec().withNewPodFailurePolicy().addNewRule().withAction("FailJob")
                .addNewOnPodCondition().withType("DisruptionTarget").endOnPodCondition().endRule().endPodFailurePolicy()
                .endSpec().build());

        assertThat(obj.at("/spec/podReplacementPolicy").asText()).isEqualTo("Failed");
        assertThat(obj.at("/spec/podFailurePolicy/rules/0/onPodConditions/0/status").asText()).isEqualTo("True");
        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void generatesJobSelectorFromUid() {
        ObjectNode obj = created(job().build());

        assertThat(obj.at("/spec/selector/matchLabels/batch.kubernetes.io~1controller-uid").asText()).isEqualTo(UID);
        ObjectNode labels = (ObjectNode) obj.at("/spec/template/metadata/labels");
        assertThat(labels.path("batch.kubernetes.io/controller-uid").asText()).isEqualTo(UID);
        assertThat(labels.path("controller-uid").asText()).isEqualTo(UID);
        assertThat(labels.path("batch.kubernetes.io/job-name").asText()).isEqualTo("pi");
        assertThat(labels.path("job-name").asText()).isEqualTo("pi");
        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void labelsAJobWithoutLabelsWithTheGeneratedTemplateLabels() {
        ObjectNode obj = created(job().build());

        assertThat(obj.at("/metadata/labels/batch.kubernetes.io~1job-name").asText()).isEqualTo("pi");
        assertThat(obj.at("/metadata/labels/controller-uid").asText()).isEqualTo(UID);
    }

    @Test
    void labelsAJobWithTheTemplateLabelsTheUserGave() {
        ObjectNode obj = created(job().editSpec().editTemplate().withNewMetadata().addToLabels("app", "pi").endMetadata()
                .endTemplate().endSpec().build());

        assertThat(obj.at("/metadata/labels").toString()).isEqualTo("{\"app\":\"pi\"}");
    }

    @Test
    void keepsTheLabelsAJobHas() {
        ObjectNode obj = created(job().editMetadata().addToLabels("team", "math").endMetadata().build());

        assertThat(obj.at("/metadata/labels").size()).isEqualTo(1);
    }

    @Test
    void rejectsUserSelectorWithoutManualSelector() {
        Job job = job().editSpec().withNewSelector().addToMatchLabels("app", "pi").endSelector()
                .editTemplate().withNewMetadata().addToLabels("app", "pi").endMetadata().endTemplate().endSpec().build();

        assertThat(errors(job)).singleElement().asString()
                .startsWith("spec.selector: Invalid value: v1.LabelSelector{").endsWith("`selector` not auto-generated");
    }

    @Test
    void keepsAManualSelector() {
        Job job = job().editSpec().withManualSelector(true).withNewSelector().addToMatchLabels("app", "pi").endSelector()
                .editTemplate().withNewMetadata().addToLabels("app", "pi").endMetadata().endTemplate().endSpec().build();

        ObjectNode obj = created(job);

        assertThat(obj.at("/spec/template/metadata/labels").has("controller-uid")).isFalse();
        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void rejectsManualSelectorThatDoesNotMatchTemplate() {
        Job job = job().editSpec().withManualSelector(true).withNewSelector().addToMatchLabels("app", "pi").endSelector().endSpec().build();

        assertThat(errors(job)).containsExactly(
                "spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`");
    }

    @Test
    void requiresOnFailureOrNeverRestartPolicy() {
        Job job = job().editSpec().editTemplate().editSpec().withRestartPolicy(null).endSpec().endTemplate().endSpec().build();

        assertThat(errors(job)).containsExactly(
                "spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"");
    }

    @Test
    void requiresCompletionsForIndexedJobs() {
        Job job = job().editSpec().withCompletionMode("Indexed").withParallelism(2).endSpec().build();

        assertThat(errors(job)).containsExactly("spec.completions: Required value: when completion mode is Indexed");
    }

    @Test
    void rejectsNegativeCountsAndUnknownReplacementPolicy() {
        Job job = job().editSpec().withBackoffLimit(-1).withActiveDeadlineSeconds(-5L).withPodReplacementPolicy("Sometimes")
                .endSpec().build();

        assertThat(errors(job)).containsExactlyInAnyOrder(
                "spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0",
                "spec.activeDeadlineSeconds: Invalid value: -5: must be greater than or equal to 0",
                "spec.podReplacementPolicy: Unsupported value: \"Sometimes\": supported values: \"Failed\", \"TerminatingOrFailed\"");
    }

    @Test
    void rejectsTemplateAndCompletionChangesOnUpdate() {
        ObjectNode old = created(job().build());
        ObjectNode next = old.deepCopy();
        next.with("spec").put("completions", 3);
        ((ObjectNode) next.at("/spec/template/spec/containers/0")).put("image", "perl:5");

        assertThat(messages(strategy.validateUpdate(next, old))).extracting(m -> m.substring(0, m.indexOf(':')))
                .containsExactlyInAnyOrder("spec.completions", "spec.template");
    }

    @Test
    void allowsSchedulingChangesWhileSuspendedAndNeverStarted() {
        ObjectNode old = created(job().editSpec().withSuspend(true).endSpec().build());
        ObjectNode next = old.deepCopy();
        ((ObjectNode) next.at("/spec/template/spec")).putObject("nodeSelector").put("zone", "a");

        assertThat(strategy.validateUpdate(next, old)).isEmpty();
    }

    @Test
    void allowsIndexedJobsToScaleCompletionsWithParallelism() {
        ObjectNode old = created(job().editSpec().withCompletionMode("Indexed").withCompletions(2).withParallelism(2).endSpec().build());
        ObjectNode next = old.deepCopy();
        next.with("spec").put("completions", 4).put("parallelism", 4);

        assertThat(strategy.validateUpdate(next, old)).isEmpty();
    }

    @Test
    void exposesStatusSucceededAsSelectableField() {
        ObjectNode obj = Json.toTree(job().withNewStatus().withSucceeded(1).endStatus().build());

        assertThat(strategy.selectableFields(obj)).containsEntry("status.successful", "1");
    }
}
