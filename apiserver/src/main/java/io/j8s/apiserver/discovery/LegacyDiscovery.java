package io.j8s.apiserver.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.List;

/**
 * The documents of legacy (unaggregated) discovery: {@code APIVersions}, {@code APIGroupList},
 * {@code APIGroup} and {@code APIResourceList}, shaped as {@code k8s.io/apimachinery/pkg/apis/meta/v1}.
 */
final class LegacyDiscovery {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LegacyDiscovery() {}

    static ObjectNode apiVersions(ServedGroup core, String serverAddress) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "APIVersions");
        ArrayNode versions = root.putArray("versions");
        if (core != null) {
            core.versions().forEach(v -> versions.add(v.version()));
        }
        ArrayNode cidrs = root.putArray("serverAddressByClientCIDRs");
        cidrs.addObject().put("clientCIDR", "0.0.0.0/0").put("serverAddress", serverAddress);
        return root;
    }

    static ObjectNode apiGroupList(List<ServedGroup> groups) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "APIGroupList");
        root.put("apiVersion", "v1");
        ArrayNode items = root.putArray("groups");
        groups.stream().filter(g -> !g.name().isEmpty()).forEach(g -> items.add(groupBody(g)));
        return root;
    }

    static ObjectNode apiGroup(ServedGroup group) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "APIGroup");
        root.put("apiVersion", "v1");
        root.setAll(groupBody(group));
        return root;
    }

    static ObjectNode apiResourceList(String group, ServedGroup.ServedVersion version) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "APIResourceList");
        root.put("apiVersion", "v1");
        root.put("groupVersion", group.isEmpty() ? version.version() : group + "/" + version.version());
        ArrayNode resources = root.putArray("resources");
        // Kubernetes' installer sorts all paths, so "pods/status" comes right after "pods".
        for (ResourceDefinition d : version.resources()) {
            resources.add(resource(d));
            for (Subresource s : Subresource.allOf(d)) {
                resources.add(subresource(d, s));
            }
        }
        return root;
    }

    private static ObjectNode groupBody(ServedGroup group) {
        ObjectNode body = JSON.objectNode();
        body.put("name", group.name());
        ArrayNode versions = body.putArray("versions");
        group.versions().forEach(v -> versions.add(groupVersion(group.name(), v.version())));
        body.set("preferredVersion", groupVersion(group.name(), group.preferred().version()));
        return body;
    }

    private static ObjectNode groupVersion(String group, String version) {
        return JSON.objectNode().put("groupVersion", group + "/" + version).put("version", version);
    }

    private static ObjectNode resource(ResourceDefinition d) {
        ObjectNode r = JSON.objectNode();
        r.put("name", d.resource());
        r.put("singularName", d.singular());
        r.put("namespaced", d.namespaced());
        r.put("kind", d.kind());
        strings(r.putArray("verbs"), d.verbs().stream().sorted().toList());
        if (!d.shortNames().isEmpty()) strings(r.putArray("shortNames"), d.shortNames());
        if (!d.categories().isEmpty()) strings(r.putArray("categories"), d.categories());
        if (d.stored()) {
            r.put("storageVersionHash", StorageVersionHash.of(d.group(), d.storageVersion(), d.kind()));
        }
        return r;
    }

    private static ObjectNode subresource(ResourceDefinition d, Subresource s) {
        ObjectNode r = JSON.objectNode();
        r.put("name", d.resource() + "/" + s.name());
        r.put("singularName", "");
        r.put("namespaced", d.namespaced());
        // group and version are only spelled out when they differ from the list's group-version.
        if (!s.group().equals(d.group()) || !s.version().equals(d.version())) {
            r.put("group", s.group());
            r.put("version", s.version());
        }
        r.put("kind", s.kind());
        strings(r.putArray("verbs"), s.verbs());
        return r;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
