package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;

/** The core {@code bindings} collection: POST a Binding named after a pod to bind that pod. */
final class BindingsRegistry extends CreateOnlyRegistry {

    private final ResourceDefinition definition;
    private final StoreResourceRegistry pods;

    BindingsRegistry(ResourceDefinition definition, StoreResourceRegistry pods) {
        this.definition = definition;
        this.pods = pods;
    }

    @Override
    public ResourceDefinition definition() {
        return definition;
    }

    @Override
    public ObjectNode create(String namespace, ObjectNode obj, RequestOptions.Write options) {
        RequestOptions.Write opts = options == null ? RequestOptions.Write.defaults() : options;
        return new PodBinding(pods).bind(namespace, Metadata.name(obj), obj, opts);
    }
}
