package io.j8s.controllers.garbagecollector;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** A resource whose objects the garbage collector watches, as owners and as dependents. */
record MonitoredResource(Class<? extends HasMetadata> type, String group, String version, String kind, String plural,
        boolean namespaced) {

    String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    ResourceDefinitionContext context() {
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind)
                .withPlural(plural).withNamespaced(namespaced).build();
    }

    /** Whether an ownerReference of {@code apiVersion}/{@code kind} names an object of this resource. */
    boolean matches(String apiVersion, String kind) {
        String refGroup = apiVersion == null || !apiVersion.contains("/") ? "" : apiVersion.substring(0, apiVersion.indexOf('/'));
        return this.kind.equals(kind) && this.group.equals(refGroup);
    }
}
