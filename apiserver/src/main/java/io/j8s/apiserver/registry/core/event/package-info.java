/**
 * Core v1 Events, as Kubernetes' {@code pkg/registry/core/event}: legacy event rules and the fields events are selected by. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.event;
