/**
 * The registry: what resources exist ({@link io.j8s.apiserver.registry.ResourceDefinition}), how
 * each is defaulted and validated ({@link io.j8s.apiserver.registry.Strategy}, one package per
 * resource below this one), and the generic storage of objects over a
 * {@link io.j8s.storage.Store} behind {@link io.j8s.apiserver.registry.ResourceRegistry}. No HTTP here.
 */
package io.j8s.apiserver.registry;
