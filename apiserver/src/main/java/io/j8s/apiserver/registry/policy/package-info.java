/** The policy group: PodDisruptionBudgets. */
package io.j8s.apiserver.registry.policy;
