package io.j8s.scheduler.framework;

/** Pods held at Permit, addressed by uid. Thread-safe. */
public interface WaitingPods {

    /** Lets the pod proceed to binding as far as the named plugin is concerned. */
    void allow(String podUid, String plugin);

    /** Fails the pod's binding cycle with the given reason. */
    void reject(String podUid, String plugin, String reason);
}
