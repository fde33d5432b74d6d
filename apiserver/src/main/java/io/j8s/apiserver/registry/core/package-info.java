/**
 * Strategies of the core/v1 resources, one package per resource as Kubernetes'
 * {@code pkg/registry/core/<resource>}: defaults, validation and selectable fields on the wire
 * JSON tree. Depends on apimachinery's validation only.
 */
package io.j8s.apiserver.registry.core;
