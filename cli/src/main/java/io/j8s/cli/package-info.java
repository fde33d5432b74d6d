/**
 * The {@code j8s} binary: {@code server} (a whole control plane), {@code bench}, {@code version}.
 * Wires components together; the only module that may depend on all of them.
 */
package io.j8s.cli;
