package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;

/**
 * Approves, denies or delays binding. A {@link Code#WAIT} decision parks the pod until some plugin
 * calls {@link WaitingPods#allow} or {@link WaitingPods#reject}, or the timeout rejects it.
 */
public interface PermitPlugin extends Plugin {

    Decision permit(CycleState state, Pod pod, String nodeName);

    record Decision(Status status, Duration timeout) {
        public static Decision allow() {
            return new Decision(Status.success(), Duration.ZERO);
        }

        public static Decision waitFor(Duration timeout) {
            return new Decision(Status.of(Code.WAIT), timeout);
        }
    }
}
