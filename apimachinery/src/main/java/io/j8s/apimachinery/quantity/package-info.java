/**
 * Kubernetes' {@code resource.Quantity}: parsing {@code 100m}, {@code 1.5Gi}, {@code 1e3}, exact
 * decimal arithmetic and the canonical form the API server writes. Pure value logic.
 */
package io.j8s.apimachinery.quantity;
