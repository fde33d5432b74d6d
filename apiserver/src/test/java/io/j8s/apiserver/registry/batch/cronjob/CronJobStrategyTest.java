package io.j8s.apiserver.registry.batch.cronjob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronJobStrategyTest {

    private final CronJobStrategy strategy = new CronJobStrategy();

    private static CronJobBuilder cronJob() {
        return new CronJobBuilder()
                .withNewMetadata().withName("backup").withNamespace("default").endMetadata()
                .withNewSpec()
                .withSchedule("0 3 * * *")
                .withNewJobTemplate().withNewSpec().withNewTemplate()
                .withNewSpec().withRestartPolicy("OnFailure")
                .addNewContainer().withName("backup").withImage("busybox").endContainer().endSpec()
                .endTemplate().endSpec().endJobTemplate()
                .endSpec();
    }

    private ObjectNode defaulted(CronJob cronJob) {
        ObjectNode obj = Json.toTree(cronJob);
        strategy.applyDefaults(obj);
        return obj;
    }

    private List<String> errors(CronJob cronJob) {
        return strategy.validate(defaulted(cronJob)).stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsConcurrencySuspendAndHistoryLimits() {
        ObjectNode obj = defaulted(cronJob().build());

        assertThat(obj.at("/spec/concurrencyPolicy").asText()).isEqualTo("Allow");
        assertThat(obj.at("/spec/suspend").asBoolean(true)).isFalse();
        assertThat(obj.at("/spec/successfulJobsHistoryLimit").asInt()).isEqualTo(3);
        assertThat(obj.at("/spec/failedJobsHistoryLimit").asInt()).isEqualTo(1);
        assertThat(obj.at("/spec/jobTemplate/spec/template/spec/dnsPolicy").asText()).isEqualTo("ClusterFirst");
    }

    @Test
    void leavesJobDefaultsToTheJobsItMakes() {
        ObjectNode obj = defaulted(cronJob().build());

        assertThat(obj.at("/spec/jobTemplate/spec/backoffLimit").isMissingNode()).isTrue();
        assertThat(obj.at("/spec/jobTemplate/spec/completions").isMissingNode()).isTrue();
    }

    @Test
    void acceptsAValidCronJobWithATimeZone() {
        assertThat(errors(cronJob().editSpec().withTimeZone("Europe/Paris").endSpec().build())).isEmpty();
    }

    @Test
    void rejectsInvalidCronSchedule() {
        assertThat(errors(cronJob().editSpec().withSchedule("61 * * * *").endSpec().build())).containsExactly(
                "spec.schedule: Invalid value: \"61 * * * *\": end of range (61) above maximum (59): 61");
    }

    @Test
    void requiresASchedule() {
        assertThat(errors(cronJob().editSpec().withSchedule(null).endSpec().build())).containsExactly("spec.schedule: Required value");
    }

    @Test
    void forbidsTimeZoneInTheSchedule() {
        assertThat(errors(cronJob().editSpec().withSchedule("TZ=UTC 0 3 * * *").endSpec().build())).containsExactly(
                "spec.schedule: Invalid value: \"TZ=UTC 0 3 * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
    }

    @Test
    void rejectsUnknownAndLocalTimeZones() {
        assertThat(errors(cronJob().editSpec().withTimeZone("Mars/Olympus").endSpec().build())).containsExactly(
                "spec.timeZone: Invalid value: \"Mars/Olympus\": unknown time zone Mars/Olympus");
        assertThat(errors(cronJob().editSpec().withTimeZone("Local").endSpec().build())).containsExactly(
                "spec.timeZone: Invalid value: \"Local\": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
    }

    @Test
    void rejectsNamesLongerThanFiftyTwoCharacters() {
        String name = "a".repeat(53);

        assertThat(errors(cronJob().editMetadata().withName(name).endMetadata().build())).containsExactly(
                "metadata.name: Invalid value: \"" + name + "\": must be no more than 52 characters");
    }

    @Test
    void allowsLongNamesOnUpdate() {
        ObjectNode obj = defaulted(cronJob().editMetadata().withName("a".repeat(60)).endMetadata().build());

        assertThat(strategy.validateUpdate(obj, obj.deepCopy())).isEmpty();
    }

    @Test
    void validatesTheJobTemplateLikeAJob() {
        CronJob cronJob = cronJob().editSpec().withConcurrencyPolicy("Sometimes").editJobTemplate().editSpec()
                .withNewSelector().addToMatchLabels("a", "b").endSelector()
                .editTemplate().editSpec().withRestartPolicy("Always").endSpec().endTemplate().endSpec().endJobTemplate()
                .endSpec().build();

        assertThat(errors(cronJob)).containsExactlyInAnyOrder(
                "spec.concurrencyPolicy: Unsupported value: \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\"",
                "spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
                "spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"a\":\"b\"}, "
                        + "MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated");
    }
}
