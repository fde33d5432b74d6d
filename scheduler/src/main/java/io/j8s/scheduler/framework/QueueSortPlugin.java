package io.j8s.scheduler.framework;

/** Orders the active queue; exactly one per profile. */
public interface QueueSortPlugin extends Plugin {

    /** Whether {@code a} should be scheduled before {@code b}. */
    boolean less(QueuedPod a, QueuedPod b);
}
