package io.j8s.scheduler;

/**
 * Counters of the scheduler's work since start, for benchmarks and diagnostics.
 *
 * @param attempts scheduling cycles run
 * @param scheduled pods bound
 * @param unschedulable cycles that found no node
 * @param cycleNanos time spent in scheduling cycles (snapshot, filter, score, assume), not binding
 * @param bindingNanos time spent in binding cycles (API round trips), summed over concurrent bindings
 */
public record SchedulerMetrics(long attempts, long scheduled, long unschedulable, long cycleNanos, long bindingNanos) {
}
