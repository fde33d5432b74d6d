/**
 * What a fresh cluster has before anyone asks: the system namespaces and the {@code kubernetes}
 * Service with its endpoints, created through the registries at every start (idempotent).
 */
package io.j8s.apiserver.bootstrap;
