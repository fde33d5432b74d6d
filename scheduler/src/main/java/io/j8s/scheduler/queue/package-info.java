/**
 * The scheduling queue: activeQ ordered by the profile's QueueSort plugin, backoffQ with
 * exponential backoff, and the unschedulable pods retried when a relevant cluster event happens
 * (or after five minutes). Also tracks pods nominated to nodes by preemption.
 */
package io.j8s.scheduler.queue;
