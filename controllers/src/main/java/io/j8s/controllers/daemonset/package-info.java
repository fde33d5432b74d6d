/**
 * The {@code daemonset} controller, as Kubernetes' {@code pkg/controller/daemon}: one pod per eligible node, pinned
 * with required node affinity on {@code metadata.name} and left for the scheduler; rolling updates by template hash.
 * Depends on the controller base and apimachinery only.
 */
package io.j8s.controllers.daemonset;
