package io.j8s.controllers.cronjob;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.j8s.controllers.base.OwnerReferences;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Computes a {@link CronJobPlan} from a CronJob, the Jobs it controls and the time. Pure. */
final class CronJobSync {

    static final String SCHEDULED_TIMESTAMP_ANNOTATION = "batch.kubernetes.io/cronjob-scheduled-timestamp";

    private CronJobSync() {
    }

    static CronJobPlan plan(CronJob cj, List<Job> jobs, Instant now) {
        List<CronJobPlan.Event> events = new ArrayList<>();
        List<Job> toDelete = new ArrayList<>();
        List<Job> running = jobs.stream().filter(j -> finishedType(j).isEmpty()).toList();
        CronJobStatusBuilder status = new CronJobStatusBuilder(cj.getStatus() == null ? new CronJobStatus() : cj.getStatus())
                .withActive(running.stream().map(CronJobSync::reference).toList());
        jobs.stream().filter(j -> "Complete".equals(finishedType(j).orElse(null)))
                .map(j -> j.getStatus().getCompletionTime()).filter(t -> t != null).max(Comparator.naturalOrder())
                .ifPresent(t -> {
                    String last = cj.getStatus() == null ? null : cj.getStatus().getLastSuccessfulTime();
                    status.withLastSuccessfulTime(last == null || t.compareTo(last) > 0 ? t : last);
                });
        toDelete.addAll(beyondHistory(cj, jobs));
        if (cj.getMetadata().getDeletionTimestamp() != null) {
            return new CronJobPlan(toDelete, Optional.empty(), status.build(), Optional.empty(), events);
        }
        CronSchedule schedule;
        ZoneId zone;
        try {
            schedule = CronSchedule.parse(cj.getSpec().getSchedule());
            zone = cj.getSpec().getTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(cj.getSpec().getTimeZone());
        } catch (RuntimeException e) {
            events.add(new CronJobPlan.Event("Warning", "UnparseableSchedule", "unparseable schedule: "
                    + cj.getSpec().getSchedule() + ": " + e.getMessage()));
            return new CronJobPlan(toDelete, Optional.empty(), status.build(), Optional.empty(), events);
        }
        ZonedDateTime nowZ = now.atZone(zone);
        Optional<Duration> requeue = schedule.next(nowZ).map(n -> Duration.between(now, n.toInstant()).plusMillis(100));
        if (Boolean.TRUE.equals(cj.getSpec().getSuspend())) {
            return new CronJobPlan(toDelete, Optional.empty(), status.build(), requeue, events);
        }
        String lastScheduled = cj.getStatus() == null ? null : cj.getStatus().getLastScheduleTime();
        Instant earliest = lastScheduled != null ? Instant.parse(lastScheduled)
                : Instant.parse(cj.getMetadata().getCreationTimestamp());
        Long deadline = cj.getSpec().getStartingDeadlineSeconds();
        if (deadline != null && earliest.isBefore(now.minusSeconds(deadline))) {
            earliest = now.minusSeconds(deadline);
        }
        Optional<ZonedDateTime> scheduled = mostRecent(schedule, earliest.atZone(zone), nowZ, events);
        if (scheduled.isEmpty()) {
            return new CronJobPlan(toDelete, Optional.empty(), status.build(), requeue, events);
        }
        Instant at = scheduled.get().toInstant();
        if (deadline != null && at.plusSeconds(deadline).isBefore(now)) {
            events.add(new CronJobPlan.Event("Warning", "MissSchedule", "Missed scheduled time to start a job: "
                    + DateTimeFormatter.ISO_INSTANT.format(at)));
            return new CronJobPlan(toDelete, Optional.empty(), status.build(), requeue, events);
        }
        String jobName = jobName(cj, at);
        if (jobs.stream().anyMatch(j -> j.getMetadata().getName().equals(jobName))) {
            return new CronJobPlan(toDelete, Optional.empty(), status.withLastScheduleTime(iso(at)).build(), requeue, events);
        }
        String policy = cj.getSpec().getConcurrencyPolicy() == null ? "Allow" : cj.getSpec().getConcurrencyPolicy();
        if ("Forbid".equals(policy) && !running.isEmpty()) {
            events.add(new CronJobPlan.Event("Normal", "JobAlreadyActive",
                    "Not starting job because prior execution is running and concurrency policy is Forbid"));
            return new CronJobPlan(toDelete, Optional.empty(), status.build(), requeue, events);
        }
        List<ObjectReference> active = new ArrayList<>(status.buildActive());
        if ("Replace".equals(policy)) {
            for (Job j : running) {
                toDelete.add(j);
                active.removeIf(r -> r.getName().equals(j.getMetadata().getName()));
                events.add(new CronJobPlan.Event("Normal", "SuccessfulDelete", "Deleted job " + j.getMetadata().getName()));
            }
        }
        Job job = newJob(cj, jobName, at);
        active.add(reference(job));
        return new CronJobPlan(toDelete, Optional.of(job), status.withActive(active).withLastScheduleTime(iso(at)).build(),
                requeue, events);
    }

    /** The latest scheduled time in ({@code earliest}, {@code now}], with an event when too many were missed. */
    private static Optional<ZonedDateTime> mostRecent(CronSchedule schedule, ZonedDateTime earliest, ZonedDateTime now,
            List<CronJobPlan.Event> events) {
        Optional<ZonedDateTime> latest = Optional.empty();
        int missed = 0;
        for (Optional<ZonedDateTime> t = schedule.next(earliest); t.isPresent() && !t.get().isAfter(now);
                t = schedule.next(t.get())) {
            latest = t;
            missed++;
        }
        if (missed > 100) {
            events.add(new CronJobPlan.Event("Warning", "TooManyMissedTimes",
                    "too many missed start times: " + missed + ". Set or decrease .spec.startingDeadlineSeconds or check clock skew"));
        }
        return latest;
    }

    /** {@code <cronjob>-<scheduled time in minutes since the epoch>}. */
    static String jobName(CronJob cj, Instant scheduled) {
        return cj.getMetadata().getName() + "-" + scheduled.getEpochSecond() / 60;
    }

    static Job newJob(CronJob cj, String name, Instant scheduled) {
        ObjectMeta template = cj.getSpec().getJobTemplate().getMetadata() == null ? new ObjectMeta()
                : cj.getSpec().getJobTemplate().getMetadata();
        return new JobBuilder().withNewMetadataLike(template).withName(name).withNamespace(cj.getMetadata().getNamespace())
                .addToAnnotations(SCHEDULED_TIMESTAMP_ANNOTATION, iso(scheduled))
                .withOwnerReferences(OwnerReferences.newControllerRef(cj)).endMetadata()
                .withSpec(cj.getSpec().getJobTemplate().getSpec()).build();
    }

    /** Finished Jobs beyond successfulJobsHistoryLimit (default 3) and failedJobsHistoryLimit (default 1), oldest first. */
    static List<Job> beyondHistory(CronJob cj, List<Job> jobs) {
        int keepSucceeded = cj.getSpec().getSuccessfulJobsHistoryLimit() == null ? 3 : cj.getSpec().getSuccessfulJobsHistoryLimit();
        int keepFailed = cj.getSpec().getFailedJobsHistoryLimit() == null ? 1 : cj.getSpec().getFailedJobsHistoryLimit();
        List<Job> out = new ArrayList<>();
        out.addAll(oldestBeyond(jobs.stream().filter(j -> "Complete".equals(finishedType(j).orElse(null))).toList(), keepSucceeded));
        out.addAll(oldestBeyond(jobs.stream().filter(j -> "Failed".equals(finishedType(j).orElse(null))).toList(), keepFailed));
        return out;
    }

    private static List<Job> oldestBeyond(List<Job> finished, int keep) {
        if (finished.size() <= keep) {
            return List.of();
        }
        List<Job> sorted = finished.stream().sorted(Comparator.comparing(CronJobSync::startOf)).toList();
        return sorted.subList(0, finished.size() - keep);
    }

    private static String startOf(Job j) {
        if (j.getStatus() != null && j.getStatus().getStartTime() != null) {
            return j.getStatus().getStartTime();
        }
        return j.getMetadata().getCreationTimestamp() == null ? "" : j.getMetadata().getCreationTimestamp();
    }

    /** {@code Complete} or {@code Failed} when the Job has finished. */
    static Optional<String> finishedType(Job j) {
        if (j.getStatus() == null || j.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return j.getStatus().getConditions().stream()
                .filter(c -> ("Complete".equals(c.getType()) || "Failed".equals(c.getType())) && "True".equals(c.getStatus()))
                .map(c -> c.getType()).findFirst();
    }

    /** The status.active entry of {@code j} (no resourceVersion: it would churn status on every Job update). */
    static ObjectReference reference(Job j) {
        return new ObjectReferenceBuilder().withApiVersion("batch/v1").withKind("Job").withName(j.getMetadata().getName())
                .withNamespace(j.getMetadata().getNamespace()).withUid(j.getMetadata().getUid()).build();
    }

    private static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
