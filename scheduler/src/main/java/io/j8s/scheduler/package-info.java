/**
 * The scheduler process: informers feeding the cache and queue, the scheduling cycle
 * (filter, score, reserve, permit) on one thread, binding cycles on virtual threads, leader election.
 * Entry point: {@link io.j8s.scheduler.Scheduler}. Talks to the cluster only through the API.
 */
package io.j8s.scheduler;
