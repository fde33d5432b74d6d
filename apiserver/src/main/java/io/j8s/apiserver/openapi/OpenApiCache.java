package io.j8s.apiserver.openapi;

import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Keeps the {@link OpenApi} of the last list of definitions seen, rebuilding it when the list
 * changes (compared by equality), so documents are generated once per set of served resources.
 * Thread-safe.
 */
public final class OpenApiCache {

    private record Entry(List<ResourceDefinition> definitions, OpenApi openApi) {}

    private final Function<List<ResourceDefinition>, OpenApi> factory;
    private final AtomicReference<Entry> last = new AtomicReference<>();

    public OpenApiCache() {
        this(OpenApi::new);
    }

    /** With a factory choosing patch strategies, custom resource schemas and the server version. */
    public OpenApiCache(Function<List<ResourceDefinition>, OpenApi> factory) {
        this.factory = factory;
    }

    public OpenApi of(List<ResourceDefinition> definitions) {
        Entry e = last.get();
        if (e != null && (e.definitions() == definitions || e.definitions().equals(definitions))) {
            return e.openApi();
        }
        Entry fresh = new Entry(List.copyOf(definitions), factory.apply(definitions));
        last.set(fresh);
        return fresh.openApi();
    }
}
