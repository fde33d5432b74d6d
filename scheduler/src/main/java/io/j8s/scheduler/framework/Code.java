package io.j8s.scheduler.framework;

/** The outcome kinds of a plugin call, as Kubernetes' framework.Code. */
public enum Code {
    SUCCESS, ERROR, UNSCHEDULABLE, UNSCHEDULABLE_AND_UNRESOLVABLE, WAIT, SKIP
}
