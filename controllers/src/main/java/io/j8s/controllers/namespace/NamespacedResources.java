package io.j8s.controllers.namespace;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Discovers, through the API's discovery documents, every namespaced resource that can be listed and deleted (the
 * preferred version of each group). Not cached: a namespace deletion is rare and must see newly served resources.
 */
final class NamespacedResources {

    private final KubernetesClient client;

    NamespacedResources(KubernetesClient client) {
        this.client = client;
    }

    /** The deletable namespaced resources served now. */
    List<ResourceDefinitionContext> discover() {
        List<ResourceDefinitionContext> out = new ArrayList<>(deletable("", "v1", client.getApiResources("v1")));
        for (APIGroup group : client.getApiGroups().getGroups()) {
            String groupVersion = group.getPreferredVersion() != null ? group.getPreferredVersion().getGroupVersion()
                    : group.getVersions().get(0).getGroupVersion();
            String version = groupVersion.substring(groupVersion.indexOf('/') + 1);
            out.addAll(deletable(group.getName(), version, client.getApiResources(groupVersion)));
        }
        return out;
    }

    /** The namespaced top-level resources of one group version that support list and delete. */
    static List<ResourceDefinitionContext> deletable(String group, String version, APIResourceList list) {
        List<ResourceDefinitionContext> out = new ArrayList<>();
        if (list == null || list.getResources() == null) {
            return out;
        }
        for (APIResource r : list.getResources()) {
            boolean subresource = r.getName().contains("/");
            List<String> verbs = r.getVerbs() == null ? List.of() : r.getVerbs();
            if (!subresource && Boolean.TRUE.equals(r.getNamespaced()) && verbs.contains("list")
                    && (verbs.contains("delete") || verbs.contains("deletecollection"))) {
                out.add(new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version)
                        .withPlural(r.getName()).withKind(r.getKind()).withNamespaced(true).build());
            }
        }
        return out;
    }
}
