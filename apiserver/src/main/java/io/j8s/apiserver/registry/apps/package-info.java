/**
 * The apps/v1 group: one package per resource (deployment, replicaset, statefulset, daemonset,
 * controllerrevision), each holding its {@link io.j8s.apiserver.registry.Strategy}. This package
 * also holds the rules that every workload shares and that batch, policy and networking reuse:
 * label selectors, int-or-percent values, pod templates, Go-style value printing. Depends on
 * {@link io.j8s.apimachinery} and the core pod rules only.
 */
package io.j8s.apiserver.registry.apps;
