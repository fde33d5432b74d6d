package io.j8s.controllers.base;

/**
 * A control loop: informers enqueue keys ({@code namespace/name}) into {@link #queue()}, workers call
 * {@link #sync(String)}. A key is never synced by two workers at once.
 */
public interface Controller {

    /** The controller's name as kube-controller-manager spells it (e.g. {@code replicaset}). */
    String name();

    /** The queue the controller's event handlers feed. */
    WorkQueue queue();

    /**
     * Brings the world named by {@code key} towards its desired state; idempotent. Throwing requeues the key with
     * per-item backoff; returning normally resets the key's backoff.
     */
    void sync(String key) throws Exception;

    /** How many workers run {@link #sync} concurrently (Kubernetes' --concurrent-*-syncs). */
    default int workers() {
        return 5;
    }
}
