package io.j8s.controllers.job;

import java.time.Instant;

/** Failures of a Job's pods in a row and when the last was seen; kept in memory as Kubernetes does. */
record BackoffRecord(int failuresInRow, Instant lastFailure) {

    static final BackoffRecord NONE = new BackoffRecord(0, Instant.EPOCH);
}
