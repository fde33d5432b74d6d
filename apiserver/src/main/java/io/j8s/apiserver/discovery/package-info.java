/**
 * Discovery: what the server tells clients about the resources it serves, legacy ({@code /api},
 * {@code /apis}, {@code /api/v1}, {@code /apis/{g}/{v}}) and aggregated ({@code APIGroupDiscoveryList}).
 * Pure functions of a list of {@link io.j8s.apiserver.registry.ResourceDefinition}; no HTTP here.
 */
package io.j8s.apiserver.discovery;
