package io.j8s.apiserver.openapi;

import java.util.Optional;

/**
 * Where the OpenAPI documents learn patch strategies of fields. The seam to Kubernetes' patch
 * metadata: {@link BuiltinPatchStrategies} knows the common ones; an adapter over
 * {@code io.j8s.apimachinery.patch} can replace it once that holds the full table.
 */
@FunctionalInterface
public interface PatchStrategies {

    /** The strategy of {@code property} of the definition named {@code definition} (such as {@code io.k8s.api.core.v1.PodSpec}). */
    Optional<PatchStrategy> of(String definition, String property);
}
