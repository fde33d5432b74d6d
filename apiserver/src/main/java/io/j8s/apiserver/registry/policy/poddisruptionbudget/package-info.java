/** policy/v1 PodDisruptionBudget: minAvailable or maxUnavailable, selector, unhealthy pod eviction policy. */
package io.j8s.apiserver.registry.policy.poddisruptionbudget;
