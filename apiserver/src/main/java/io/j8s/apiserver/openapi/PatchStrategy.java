package io.j8s.apiserver.openapi;

import java.util.List;

/**
 * How a field merges under strategic merge patch and server-side apply, as the
 * {@code patchStrategy}, {@code patchMergeKey} and {@code listType} tags of Kubernetes' Go types say.
 *
 * @param strategy {@code merge}, {@code retainKeys} or {@code merge,retainKeys}; empty for none
 * @param mergeKey the key identifying list elements, empty for none
 * @param listType {@code map}, {@code set} or {@code atomic}; empty when not known
 * @param listMapKeys the keys of a {@code map} list
 */
public record PatchStrategy(String strategy, String mergeKey, String listType, List<String> listMapKeys) {

    public PatchStrategy {
        listMapKeys = List.copyOf(listMapKeys);
    }

    /** A list merged by {@code key}, a {@code map} list keyed by {@code keys} (default: the merge key alone). */
    public static PatchStrategy mergeBy(String key, String... keys) {
        return new PatchStrategy("merge", key, "map", keys.length == 0 ? List.of(key) : List.of(keys));
    }
}
