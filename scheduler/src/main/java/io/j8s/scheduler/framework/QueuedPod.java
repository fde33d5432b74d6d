package io.j8s.scheduler.framework;

import java.time.Instant;

/** The view of a queued pod that queue sorting needs. */
public interface QueuedPod {

    PodInfo podInfo();

    int priority();

    /** When the pod was first added to the queue or last moved to the active queue. */
    Instant timestamp();
}
