package io.j8s.apiserver.registry.generic;

/** Which part of an object a write may change. */
enum UpdateMode {
    /** The main resource: everything but status (when the resource has a status subresource). */
    MAIN,
    /** The status subresource: status, labels and annotations only. */
    STATUS,
    /** A server-side write that has already decided the new object (binding, finalize): no strategy. */
    RAW
}
