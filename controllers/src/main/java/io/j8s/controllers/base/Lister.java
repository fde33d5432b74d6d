package io.j8s.controllers.base;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.Indexer;
import java.util.List;
import java.util.Optional;

/**
 * Reads an informer's cache, like client-go listers. Objects returned are the cache's own: never mutate them,
 * copy first (e.g. with the fabric8 builder).
 */
public record Lister<T extends HasMetadata>(Indexer<T> indexer) {

    /** The object stored under {@code namespace/name} (or {@code name} when cluster-scoped). */
    public Optional<T> get(String key) {
        return Optional.ofNullable(indexer.getByKey(key));
    }

    public Optional<T> get(String namespace, String name) {
        return get(Cache.namespaceKeyFunc(namespace, name));
    }

    /** Every object in {@code namespace}. */
    public List<T> list(String namespace) {
        return indexer.byIndex(Cache.NAMESPACE_INDEX, namespace);
    }

    /** Every object in the cache. */
    public List<T> list() {
        return indexer.list();
    }
}
