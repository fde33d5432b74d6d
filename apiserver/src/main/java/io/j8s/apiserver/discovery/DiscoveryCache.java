package io.j8s.apiserver.discovery;

import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the {@link Discovery} of the last list of definitions seen, rebuilding it when the list
 * changes (by equality, so a new list with the same resources costs one comparison). Thread-safe.
 */
public final class DiscoveryCache {

    private record Entry(List<ResourceDefinition> definitions, Discovery discovery) {}

    private final AtomicReference<Entry> last = new AtomicReference<>();

    /** The discovery of these definitions, built at most once per distinct list. */
    public Discovery of(List<ResourceDefinition> definitions) {
        Entry e = last.get();
        if (e != null && (e.definitions() == definitions || e.definitions().equals(definitions))) {
            return e.discovery();
        }
        Entry fresh = new Entry(List.copyOf(definitions), new Discovery(definitions));
        last.set(fresh);
        return fresh.discovery();
    }
}
