package io.j8s.apiserver.discovery;

import java.util.Comparator;
import java.util.Map;

/**
 * The order Kubernetes lists groups and versions in: by the aggregator's group priority (the core
 * group first, then apps, events...), then by name; within a group by version priority, then in
 * kube-aware version order. The first version of a group is its preferred version.
 */
final class GroupPriority {

    /** {@code defaultGenericAPIServicePriorities} of kube-apiserver's aggregator. */
    private static final Map<String, Integer> GROUPS = Map.ofEntries(
            Map.entry("", 18000),
            Map.entry("apps", 17800),
            Map.entry("events.k8s.io", 17750),
            Map.entry("authentication.k8s.io", 17700),
            Map.entry("authorization.k8s.io", 17600),
            Map.entry("autoscaling", 17500),
            Map.entry("batch", 17400),
            Map.entry("certificates.k8s.io", 17300),
            Map.entry("networking.k8s.io", 17200),
            Map.entry("policy", 17100),
            Map.entry("rbac.authorization.k8s.io", 17000),
            Map.entry("storage.k8s.io", 16800),
            Map.entry("admissionregistration.k8s.io", 16700),
            Map.entry("apiextensions.k8s.io", 16700),
            Map.entry("scheduling.k8s.io", 16600),
            Map.entry("coordination.k8s.io", 16500),
            Map.entry("node.k8s.io", 16300),
            Map.entry("discovery.k8s.io", 16200),
            Map.entry("flowcontrol.apiserver.k8s.io", 16100),
            Map.entry("internal.apiserver.k8s.io", 16000),
            Map.entry("resource.k8s.io", 15900),
            Map.entry("storagemigration.k8s.io", 15800),
            Map.entry("metrics.k8s.io", 100));

    /** Version priorities that differ from the default 15: autoscaling/v2 outranks autoscaling/v1. */
    private static final Map<String, Integer> VERSIONS = Map.of(
            "autoscaling/v2", 30,
            "flowcontrol.apiserver.k8s.io/v1", 21);

    /** Custom resource groups: {@code apiextensions-apiserver} registers them at priority 1000. */
    private static final int DEFAULT_GROUP = 1000;
    private static final int DEFAULT_VERSION = 15;

    private static final VersionPriority KUBE_AWARE = new VersionPriority();

    static final Comparator<String> GROUP_ORDER = Comparator
            .comparingInt((String group) -> -GROUPS.getOrDefault(group, DEFAULT_GROUP))
            .thenComparing(Comparator.naturalOrder());

    private GroupPriority() {}

    /** The order of the versions of one group, preferred first. */
    static Comparator<String> versionOrder(String group) {
        return Comparator
                .comparingInt((String version) -> -VERSIONS.getOrDefault(
                        group.isEmpty() ? version : group + "/" + version, DEFAULT_VERSION))
                .thenComparing(KUBE_AWARE);
    }
}
