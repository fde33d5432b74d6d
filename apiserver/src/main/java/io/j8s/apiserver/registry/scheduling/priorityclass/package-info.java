/** scheduling.k8s.io/v1 PriorityClass: reserved system classes, user value limit, immutable value and preemption policy. */
package io.j8s.apiserver.registry.scheduling.priorityclass;
