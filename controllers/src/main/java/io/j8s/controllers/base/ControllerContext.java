package io.j8s.controllers.base;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;

/**
 * What a controller gets from the controller manager: the API client, the shared informers, the clock and an
 * event recorder.
 */
public record ControllerContext(KubernetesClient client, SharedInformers informers, Clock clock, EventRecorder events) {

    /** A new queue with client-go's default controller rate limiter, on this context's clock. */
    public WorkQueue newQueue(String name) {
        return new WorkQueue(name, clock, RateLimiter.defaultControllerRateLimiter(clock));
    }
}
