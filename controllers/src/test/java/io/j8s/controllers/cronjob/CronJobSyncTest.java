package io.j8s.controllers.cronjob;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronJobSyncTest {

    private static CronJobBuilder cronJob(String schedule) {
        return new CronJobBuilder().withNewMetadata().withName("tick").withNamespace("ns").withUid("cj-uid")
                .withCreationTimestamp("2026-01-01T00:00:00Z").endMetadata().withNewSpec().withSchedule(schedule)
                .withNewJobTemplate().withNewSpec().withNewTemplate().withNewSpec().addNewContainer().withName("c")
                .withImage("busybox").endContainer().withRestartPolicy("Never").endSpec().endTemplate().endSpec()
                .endJobTemplate().endSpec();
    }

    private static Job job(String name, String finished, String start) {
        JobBuilder b = new JobBuilder().withNewMetadata().withName(name).withNamespace("ns").withUid("uid-" + name)
                .endMetadata().withNewStatus().withStartTime(start).endStatus();
        if (finished != null) {
            b.editStatus().addNewCondition().withType(finished).withStatus("True").endCondition()
                    .withCompletionTime("Complete".equals(finished) ? start : null).endStatus();
        }
        return b.build();
    }

    @Test
    void aDueScheduleCreatesAJobNamedByTheScheduledMinute() {
        Instant now = Instant.parse("2026-01-01T00:05:10Z");
        CronJobPlan plan = CronJobSync.plan(cronJob("*/5 * * * *").build(), List.of(), now);
        Job job = plan.toCreate().orElseThrow();
        long minutes = Instant.parse("2026-01-01T00:05:00Z").getEpochSecond() / 60;
        assertThat(job.getMetadata().getName()).isEqualTo("tick-" + minutes);
        assertThat(job.getMetadata().getAnnotations()).containsEntry(CronJobSync.SCHEDULED_TIMESTAMP_ANNOTATION,
                "2026-01-01T00:05:00Z");
        assertThat(job.getMetadata().getOwnerReferences().get(0).getKind()).isEqualTo("CronJob");
        assertThat(plan.status().getLastScheduleTime()).isEqualTo("2026-01-01T00:05:00Z");
        assertThat(plan.status().getActive()).extracting(r -> r.getName()).containsExactly(job.getMetadata().getName());
        assertThat(plan.requeueAfter()).contains(Duration.ofSeconds(290).plusMillis(100));
    }

    @Test
    void nothingIsCreatedBeforeTheFirstScheduledTime() {
        CronJobPlan plan = CronJobSync.plan(cronJob("0 * * * *").build(), List.of(), Instant.parse("2026-01-01T00:30:00Z"));
        assertThat(plan.toCreate()).isEmpty();
        assertThat(plan.requeueAfter()).contains(Duration.ofMinutes(30).plusMillis(100));
    }

    @Test
    void forbidSkipsARunWhileAPriorJobIsActive() {
        CronJob cj = cronJob("* * * * *").editSpec().withConcurrencyPolicy("Forbid").endSpec().build();
        CronJobPlan plan = CronJobSync.plan(cj, List.of(job("tick-1", null, "2026-01-01T00:00:00Z")),
                Instant.parse("2026-01-01T00:05:00Z"));
        assertThat(plan.toCreate()).isEmpty();
        assertThat(plan.events()).extracting(CronJobPlan.Event::reason).containsExactly("JobAlreadyActive");
    }

    @Test
    void replaceDeletesTheActiveJobAndStartsANewOne() {
        CronJob cj = cronJob("* * * * *").editSpec().withConcurrencyPolicy("Replace").endSpec().build();
        CronJobPlan plan = CronJobSync.plan(cj, List.of(job("tick-1", null, "2026-01-01T00:00:00Z")),
                Instant.parse("2026-01-01T00:05:00Z"));
        assertThat(plan.toDelete()).extracting(j -> j.getMetadata().getName()).containsExactly("tick-1");
        assertThat(plan.toCreate()).isPresent();
        assertThat(plan.status().getActive()).hasSize(1);
    }

    @Test
    void allowRunsConcurrently() {
        CronJobPlan plan = CronJobSync.plan(cronJob("* * * * *").build(),
                List.of(job("tick-1", null, "2026-01-01T00:00:00Z")), Instant.parse("2026-01-01T00:05:00Z"));
        assertThat(plan.toCreate()).isPresent();
        assertThat(plan.status().getActive()).hasSize(2);
    }

    @Test
    void aSuspendedCronJobCreatesNothing() {
        CronJob cj = cronJob("* * * * *").editSpec().withSuspend(true).endSpec().build();
        assertThat(CronJobSync.plan(cj, List.of(), Instant.parse("2026-01-01T00:05:00Z")).toCreate()).isEmpty();
    }

    @Test
    void aMissedStartPastTheStartingDeadlineIsSkipped() {
        CronJob cj = cronJob("0 * * * *").editSpec().withStartingDeadlineSeconds(60L).endSpec().build();
        CronJobPlan plan = CronJobSync.plan(cj, List.of(), Instant.parse("2026-01-01T01:05:00Z"));
        assertThat(plan.toCreate()).isEmpty();
        CronJobPlan inTime = CronJobSync.plan(cj, List.of(), Instant.parse("2026-01-01T01:00:30Z"));
        assertThat(inTime.toCreate()).isPresent();
    }

    @Test
    void finishedJobsBeyondTheHistoryLimitsAreDeletedOldestFirst() {
        CronJob cj = cronJob("0 0 1 1 *").editSpec().withSuccessfulJobsHistoryLimit(1).withFailedJobsHistoryLimit(1)
                .endSpec().build();
        List<Job> jobs = List.of(job("ok-1", "Complete", "2026-01-01T00:01:00Z"),
                job("ok-2", "Complete", "2026-01-01T00:02:00Z"), job("bad-1", "Failed", "2026-01-01T00:01:00Z"),
                job("bad-2", "Failed", "2026-01-01T00:03:00Z"));
        CronJobPlan plan = CronJobSync.plan(cj, jobs, Instant.parse("2026-01-01T00:10:00Z"));
        assertThat(plan.toDelete()).extracting(j -> j.getMetadata().getName()).containsExactly("ok-1", "bad-1");
        assertThat(plan.status().getLastSuccessfulTime()).isEqualTo("2026-01-01T00:02:00Z");
        assertThat(plan.status().getActive()).isEmpty();
    }

    @Test
    void theTimeZoneDecidesWhenTheScheduleIsDue() {
        CronJob cj = cronJob("0 9 * * *").editSpec().withTimeZone("Europe/Paris").endSpec().build();
        assertThat(CronJobSync.plan(cj, List.of(), Instant.parse("2026-01-01T08:30:00Z")).toCreate()).isPresent();
        assertThat(CronJobSync.plan(cj, List.of(), Instant.parse("2026-01-01T07:30:00Z")).toCreate()).isEmpty();
    }
}
