package io.j8s.apiserver.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.List;

/**
 * The {@code APIGroupDiscoveryList} of {@code apidiscovery.k8s.io/v2} (and {@code v2beta1}, the
 * same shape): every group, version and resource in one document, which spares kubectl one request
 * per group-version.
 */
final class AggregatedDiscovery {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AggregatedDiscovery() {}

    static ObjectNode list(List<ServedGroup> groups, String apiVersion) {
        ObjectNode root = JSON.objectNode();
        root.put("kind", "APIGroupDiscoveryList");
        root.put("apiVersion", apiVersion);
        root.putObject("metadata");
        ArrayNode items = root.putArray("items");
        groups.forEach(g -> items.add(group(g)));
        return root;
    }

    private static ObjectNode group(ServedGroup group) {
        ObjectNode item = JSON.objectNode();
        ObjectNode metadata = item.putObject("metadata");
        if (!group.name().isEmpty()) {
            metadata.put("name", group.name());
        }
        metadata.putNull("creationTimestamp");
        ArrayNode versions = item.putArray("versions");
        for (ServedGroup.ServedVersion v : group.versions()) {
            ObjectNode version = versions.addObject();
            version.put("version", v.version());
            ArrayNode resources = version.putArray("resources");
            v.resources().forEach(d -> resources.add(resource(d)));
            version.put("freshness", "Current");
        }
        return item;
    }

    private static ObjectNode resource(ResourceDefinition d) {
        ObjectNode r = JSON.objectNode();
        r.put("resource", d.resource());
        r.set("responseKind", kind(d.group(), d.version(), d.kind()));
        r.put("scope", d.namespaced() ? "Namespaced" : "Cluster");
        r.put("singularResource", d.singular());
        strings(r.putArray("verbs"), d.verbs().stream().sorted().toList());
        if (!d.shortNames().isEmpty()) strings(r.putArray("shortNames"), d.shortNames());
        if (!d.categories().isEmpty()) strings(r.putArray("categories"), d.categories());
        List<Subresource> subresources = Subresource.allOf(d);
        if (!subresources.isEmpty()) {
            ArrayNode subs = r.putArray("subresources");
            for (Subresource s : subresources) {
                ObjectNode sub = subs.addObject();
                sub.put("subresource", s.name());
                sub.set("responseKind", kind(s.group(), s.version(), s.kind()));
                strings(sub.putArray("verbs"), s.verbs());
            }
        }
        return r;
    }

    private static ObjectNode kind(String group, String version, String kind) {
        return JSON.objectNode().put("group", group).put("version", version).put("kind", kind);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
