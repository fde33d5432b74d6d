package io.j8s.apiserver.openapi;

import io.j8s.apimachinery.patch.PatchMeta;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Patch strategies from apimachinery's {@link PatchMeta} (the {@code patchStrategy} and
 * {@code patchMergeKey} tags), completed with the list types server-side apply uses: a list merged
 * by key is a {@code map} list (keyed by more than the merge key where Kubernetes says so), a list
 * merged without key a {@code set}. Immutable and thread-safe.
 */
public final class PatchMetaStrategies implements PatchStrategies {

    /** {@code +listMapKey} tags that differ from the merge key, and {@code +listType=atomic} lists merged by key. */
    private static final Map<String, List<String>> LIST_MAP_KEYS = Map.of(
            "io.k8s.api.core.v1.Container.ports", List.of("containerPort", "protocol"),
            "io.k8s.api.core.v1.EphemeralContainer.ports", List.of("containerPort", "protocol"),
            "io.k8s.api.core.v1.ServiceSpec.ports", List.of("port", "protocol"),
            "io.k8s.api.core.v1.PodSpec.topologySpreadConstraints", List.of("topologyKey", "whenUnsatisfiable"));
    private static final String ATOMIC = "io.k8s.api.batch.v1.JobStatus.conditions";

    @Override
    public Optional<PatchStrategy> of(Class<?> owner, String property) {
        return PatchMeta.of(owner, property).map(tags -> {
            String field = SchemaNames.of(owner) + "." + property;
            String key = tags.mergeKey();
            if (!tags.merge()) {
                return new PatchStrategy(tags.patchStrategy(), key, "", List.of());
            }
            if (field.equals(ATOMIC)) {
                return new PatchStrategy(tags.patchStrategy(), key, "atomic", List.of());
            }
            if (key.isEmpty()) {
                return new PatchStrategy(tags.patchStrategy(), "", "set", List.of());
            }
            return new PatchStrategy(tags.patchStrategy(), key, "map", LIST_MAP_KEYS.getOrDefault(field, List.of(key)));
        });
    }
}
