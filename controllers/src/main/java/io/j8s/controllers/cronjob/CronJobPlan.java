package io.j8s.controllers.cronjob;

import io.fabric8.kubernetes.api.model.batch.v1.CronJobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One sync of a CronJob: delete {@code toDelete} (replaced or beyond history), create {@code toCreate}, write
 * {@code status}, record {@code events}, and look again after {@code requeueAfter}.
 */
record CronJobPlan(List<Job> toDelete, Optional<Job> toCreate, CronJobStatus status, Optional<Duration> requeueAfter,
        List<Event> events) {

    record Event(String type, String reason, String message) {
    }
}
