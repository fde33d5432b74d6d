package io.j8s.apiserver.openapi;

import java.util.Optional;

/**
 * Where the OpenAPI documents learn the patch strategies of fields ({@code x-kubernetes-patch-*},
 * {@code x-kubernetes-list-*}). {@link PatchMetaStrategies} reads the strategic merge patch table of
 * {@code io.j8s.apimachinery.patch.PatchMeta}, so that kubectl computes the same patches the server applies.
 */
@FunctionalInterface
public interface PatchStrategies {

    /** The strategy of {@code property} of the fabric8 class {@code owner}, if it has one. */
    Optional<PatchStrategy> of(Class<?> owner, String property);
}
