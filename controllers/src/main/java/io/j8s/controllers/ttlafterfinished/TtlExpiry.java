package io.j8s.controllers.ttlafterfinished;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When a finished Job with a TTL expires. Pure. */
final class TtlExpiry {

    private TtlExpiry() {
    }

    /**
     * The time left before {@code job} may be deleted: empty when it has no TTL or has not finished, zero or negative
     * when it has expired. The finish time is the Complete/Failed condition's transition time.
     */
    static Optional<Duration> remaining(Job job, Instant now) {
        Integer ttl = job.getSpec() == null ? null : job.getSpec().getTtlSecondsAfterFinished();
        if (ttl == null || job.getStatus() == null || job.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return job.getStatus().getConditions().stream()
                .filter(c -> ("Complete".equals(c.getType()) || "Failed".equals(c.getType())) && "True".equals(c.getStatus()))
                .map(JobCondition::getLastTransitionTime)
                .findFirst()
                .map(t -> Duration.between(now, finishTime(job, t).plusSeconds(ttl)));
    }

    private static Instant finishTime(Job job, String conditionTime) {
        if (conditionTime != null) {
            return Instant.parse(conditionTime);
        }
        return job.getStatus().getCompletionTime() != null ? Instant.parse(job.getStatus().getCompletionTime()) : Instant.EPOCH;
    }
}
