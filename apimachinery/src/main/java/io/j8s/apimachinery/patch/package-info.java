/**
 * The three PATCH formats of the Kubernetes API on JSON trees: RFC 6902 JSON Patch, RFC 7386 JSON
 * Merge Patch and Kubernetes' strategic merge patch, whose list semantics come from
 * {@link io.j8s.apimachinery.patch.PatchMeta} (the Go struct tags of k8s.io/api) and the fabric8
 * model classes. Failures are {@link io.j8s.apimachinery.api.ApiException}s worded as Kubernetes'.
 */
package io.j8s.apimachinery.patch;
