package io.j8s.apiserver.discovery;

import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One API group as served, its versions in Kubernetes' order (preferred first).
 *
 * @param name the group, empty for the core group
 * @param versions the versions, preferred first
 */
record ServedGroup(String name, List<ServedVersion> versions) {

    /**
     * One version of a group and its resources, sorted by name.
     *
     * @param version such as {@code v1}
     * @param resources the resources served at this version
     */
    record ServedVersion(String version, List<ResourceDefinition> resources) {}

    ServedVersion preferred() {
        return versions.getFirst();
    }

    /** Groups the definitions, ordered as Kubernetes orders groups, core first. */
    static List<ServedGroup> of(List<ResourceDefinition> definitions) {
        Map<String, Map<String, List<ResourceDefinition>>> byGroup = new TreeMap<>(GroupPriority.GROUP_ORDER);
        for (ResourceDefinition d : definitions) {
            byGroup.computeIfAbsent(d.group(), g -> new TreeMap<>(GroupPriority.versionOrder(g)))
                    .computeIfAbsent(d.version(), v -> new ArrayList<>())
                    .add(d);
        }
        List<ServedGroup> groups = new ArrayList<>();
        byGroup.forEach((group, versions) -> {
            List<ServedVersion> served = new ArrayList<>();
            versions.forEach((version, resources) -> served.add(new ServedVersion(version,
                    resources.stream()
                            .sorted(java.util.Comparator.comparing(ResourceDefinition::resource))
                            .toList())));
            groups.add(new ServedGroup(group, List.copyOf(served)));
        });
        return List.copyOf(groups);
    }

    /** Keeps insertion order for callers that need a lookup by group name. */
    static Map<String, ServedGroup> byName(List<ServedGroup> groups) {
        Map<String, ServedGroup> map = new LinkedHashMap<>();
        groups.forEach(g -> map.put(g.name(), g));
        return map;
    }
}
