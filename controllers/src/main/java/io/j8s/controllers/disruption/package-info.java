/**
 * The disruption controller, like Kubernetes' {@code pkg/controller/disruption}: keeps each PodDisruptionBudget's
 * status (healthy pods, desired healthy, disruptions allowed, the DisruptionAllowed condition) current.
 * Depends on the controller base and apimachinery's label selectors only.
 */
package io.j8s.controllers.disruption;
