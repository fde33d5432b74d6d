/** Errors of the Kubernetes API as values: {@link io.j8s.apimachinery.api.ApiException} carries a {@code Status}. */
package io.j8s.apimachinery.api;
