/**
 * Endpoints, as Kubernetes' {@code pkg/registry/core/endpoint}: addresses are IPs, ports valid. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.endpoints;
