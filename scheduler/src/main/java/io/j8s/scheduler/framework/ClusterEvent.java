package io.j8s.scheduler.framework;

/** Changes in the cluster that can make an unschedulable pod schedulable. */
public enum ClusterEvent {
    NODE_ADD, NODE_UPDATE, NODE_DELETE, ASSIGNED_POD_ADD, ASSIGNED_POD_UPDATE, ASSIGNED_POD_DELETE,
    PVC_CHANGE, PV_CHANGE, STORAGE_CLASS_CHANGE, UNSCHEDULABLE_TIMEOUT
}
