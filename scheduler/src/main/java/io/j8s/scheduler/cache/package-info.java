/**
 * The scheduler's cache of nodes and the pods placed on them, including pods assumed to be bound
 * before the API confirms it, so a scheduling decision never waits on the API server.
 */
package io.j8s.scheduler.cache;
