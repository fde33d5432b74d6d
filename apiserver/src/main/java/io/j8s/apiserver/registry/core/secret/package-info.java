/**
 * Secrets, as Kubernetes' {@code pkg/registry/core/secret}: type defaults and rules, stringData, size and immutability. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.secret;
