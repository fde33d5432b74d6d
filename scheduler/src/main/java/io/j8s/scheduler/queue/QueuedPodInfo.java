package io.j8s.scheduler.queue;

import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.framework.QueuedPod;
import java.time.Instant;
import java.util.Set;

/**
 * A pod waiting to be scheduled, with its scheduling history.
 *
 * @param attempts scheduling attempts so far, driving the backoff
 * @param unschedulablePlugins plugins that rejected it last time, choosing the events that retry it
 * @param lastFailure when the last attempt failed, start of the backoff
 */
public record QueuedPodInfo(PodInfo podInfo, int priority, Instant timestamp, Instant initialAttempt,
                            int attempts, Set<String> unschedulablePlugins, Instant lastFailure)
        implements QueuedPod {

    public QueuedPodInfo {
        unschedulablePlugins = Set.copyOf(unschedulablePlugins);
    }

    public String key() {
        return podInfo.key();
    }

    QueuedPodInfo withPod(PodInfo pod, int priority) {
        return new QueuedPodInfo(pod, priority, timestamp, initialAttempt, attempts, unschedulablePlugins, lastFailure);
    }

    QueuedPodInfo withTimestamp(Instant t) {
        return new QueuedPodInfo(podInfo, priority, t, initialAttempt, attempts, unschedulablePlugins, lastFailure);
    }

    QueuedPodInfo attempted(Instant now) {
        return new QueuedPodInfo(podInfo, priority, timestamp, initialAttempt == null ? now : initialAttempt,
                attempts + 1, unschedulablePlugins, lastFailure);
    }

    /** The same pod after a failed attempt. */
    public QueuedPodInfo failed(Set<String> plugins, Instant now) {
        return new QueuedPodInfo(podInfo, priority, timestamp, initialAttempt, attempts, plugins, now);
    }
}
