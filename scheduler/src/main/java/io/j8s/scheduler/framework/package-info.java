/**
 * The scheduling framework: extension points as interfaces, their {@link io.j8s.scheduler.framework.Status}
 * results, per-cycle {@link io.j8s.scheduler.framework.CycleState}, the {@link io.j8s.scheduler.framework.NodeInfo}
 * view of a node, and profiles built from a {@link io.j8s.scheduler.framework.PluginRegistry}.
 * Depends only on apimachinery and the fabric8 model.
 */
package io.j8s.scheduler.framework;
