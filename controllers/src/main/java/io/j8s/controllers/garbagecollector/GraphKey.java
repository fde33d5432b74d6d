package io.j8s.controllers.garbagecollector;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** A node of the ownership graph as a work-queue key: {@code Kind:namespace/name} ({@code Kind:/name} cluster-wide). */
record GraphKey(String kind, String namespace, String name) {

    static GraphKey of(String kind, HasMetadata obj) {
        String ns = obj.getMetadata().getNamespace();
        return new GraphKey(kind, ns == null ? "" : ns, obj.getMetadata().getName());
    }

    static GraphKey parse(String key) {
        int colon = key.indexOf(':');
        int slash = key.indexOf('/', colon);
        return new GraphKey(key.substring(0, colon), key.substring(colon + 1, slash), key.substring(slash + 1));
    }

    String cacheKey() {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    @Override
    public String toString() {
        return kind + ":" + namespace + "/" + name;
    }
}
