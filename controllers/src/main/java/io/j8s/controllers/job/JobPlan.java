package io.j8s.controllers.job;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one sync of a Job does, in order: record {@code finished} pods as uncounted, remove their tracking
 * finalizers, delete {@code toDelete}, create one pod per {@code toCreate} entry, then write {@code status}.
 */
record JobPlan(List<Pod> finished, List<Pod> toDelete, List<OptionalInt> toCreate, JobStatus status,
        BackoffRecord backoff, Optional<Duration> requeueAfter, List<Event> events) {

    /** An Event to record on the Job. */
    record Event(String type, String reason, String message) {
    }
}
