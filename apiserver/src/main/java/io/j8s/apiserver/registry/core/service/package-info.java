/**
 * Services, as Kubernetes' {@code pkg/registry/core/service}: defaults, validation and the rules of
 * updates. Cluster IPs and node ports are allocated elsewhere; this package only checks them.
 */
package io.j8s.apiserver.registry.core.service;
