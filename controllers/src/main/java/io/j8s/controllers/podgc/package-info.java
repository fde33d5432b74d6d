/**
 * The pod garbage collector: deletes terminated pods beyond a threshold (oldest first), pods bound to nodes that no
 * longer exist, and terminating pods that were never scheduled, like Kubernetes' {@code pkg/controller/podgc}.
 * Depends on the controller base only.
 */
package io.j8s.controllers.podgc;
