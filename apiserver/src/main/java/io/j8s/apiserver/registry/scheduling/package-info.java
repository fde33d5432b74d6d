/** The scheduling.k8s.io group: PriorityClasses. */
package io.j8s.apiserver.registry.scheduling;
