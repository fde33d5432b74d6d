package io.j8s.controllers.base;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** A work-queue key: {@code namespace/name}, or {@code name} for cluster-scoped objects. */
public record Keys(String namespace, String name) {

    public static String of(HasMetadata obj) {
        String ns = obj.getMetadata().getNamespace();
        return ns == null || ns.isEmpty() ? obj.getMetadata().getName() : ns + "/" + obj.getMetadata().getName();
    }

    public static String of(String namespace, String name) {
        return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
    }

    /** Splits a key made by {@link #of}. */
    public static Keys parse(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? new Keys("", key) : new Keys(key.substring(0, slash), key.substring(slash + 1));
    }
}
