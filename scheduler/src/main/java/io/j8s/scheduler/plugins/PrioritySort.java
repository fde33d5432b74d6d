package io.j8s.scheduler.plugins;

import io.j8s.scheduler.framework.QueueSortPlugin;
import io.j8s.scheduler.framework.QueuedPod;

/** Higher priority first, then earlier queue timestamp. */
public final class PrioritySort implements QueueSortPlugin {

    public static final String NAME = "PrioritySort";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean less(QueuedPod a, QueuedPod b) {
        return a.priority() > b.priority()
                || (a.priority() == b.priority() && a.timestamp().isBefore(b.timestamp()));
    }
}
