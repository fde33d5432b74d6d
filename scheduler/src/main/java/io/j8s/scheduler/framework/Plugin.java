package io.j8s.scheduler.framework;

import java.util.Set;

/** A scheduling plugin: a name, and the extension-point interfaces it implements. */
public interface Plugin {

    String name();

    /**
     * Cluster events that may make a pod this plugin rejected schedulable, so the queue retries it
     * only then (Kubernetes' EnqueueExtensions). The default is every event.
     */
    default Set<ClusterEvent> eventsToRegister() {
        return Set.of(ClusterEvent.values());
    }
}
