package io.j8s.apiserver.allocation;

/** What happened to a request for one specific address or port. */
public enum AllocationResult { ALLOCATED, ALREADY_ALLOCATED, NOT_IN_RANGE }
