package io.j8s.apiserver.openapi;

import java.util.Map;
import java.util.Optional;

/**
 * Descriptions kubectl explain shows, for what fabric8's model does not document: the fields
 * every object has (apiVersion, kind, metadata, spec, status, items) and the common kinds, worded
 * as Kubernetes' API documentation words them.
 */
final class Descriptions {

    private static final Map<String, String> COMMON_FIELDS = Map.of(
            "apiVersion", "APIVersion defines the versioned schema of this representation of an object. Servers should "
                    + "convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: "
                    + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
            "kind", "Kind is a string value representing the REST resource this object represents. Servers may infer this "
                    + "from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: "
                    + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds");

    private static final String OBJECT_METADATA = "Standard object's metadata. More info: "
            + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";
    private static final String LIST_METADATA = "Standard list metadata. More info: "
            + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds";
    private static final String SPEC = "Specification of the desired behavior of the %s. More info: "
            + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status";
    private static final String STATUS = "Most recently observed status of the %s. This data may not be up to date. "
            + "Populated by the system. Read-only. More info: "
            + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status";

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("io.k8s.api.core.v1.Pod", "Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts."),
            Map.entry("io.k8s.api.core.v1.Service", "Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy."),
            Map.entry("io.k8s.api.core.v1.Node", "Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd)."),
            Map.entry("io.k8s.api.core.v1.Namespace", "Namespace provides a scope for Names. Use of multiple namespaces is optional."),
            Map.entry("io.k8s.api.core.v1.ConfigMap", "ConfigMap holds configuration data for pods to consume."),
            Map.entry("io.k8s.api.core.v1.Secret", "Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes."),
            Map.entry("io.k8s.api.core.v1.ServiceAccount", "ServiceAccount binds together: * a name, understood by users, and perhaps by peripheral systems, for an identity * a principal that can be authenticated and authorized * a set of secrets"),
            Map.entry("io.k8s.api.core.v1.Event", "Event is a report of an event somewhere in the cluster."),
            Map.entry("io.k8s.api.core.v1.Container", "A single application container that you want to run within a pod."),
            Map.entry("io.k8s.api.core.v1.PodSpec", "PodSpec is a description of a pod."),
            Map.entry("io.k8s.api.apps.v1.Deployment", "Deployment enables declarative updates for Pods and ReplicaSets."),
            Map.entry("io.k8s.api.apps.v1.ReplicaSet", "ReplicaSet ensures that a specified number of pod replicas are running at any given time."),
            Map.entry("io.k8s.api.apps.v1.StatefulSet", "StatefulSet represents a set of pods with consistent identities."),
            Map.entry("io.k8s.api.apps.v1.DaemonSet", "DaemonSet represents the configuration of a daemon set."),
            Map.entry("io.k8s.api.batch.v1.Job", "Job represents the configuration of a single job."),
            Map.entry("io.k8s.api.batch.v1.CronJob", "CronJob represents the configuration of a single cron job."),
            Map.entry("io.k8s.api.coordination.v1.Lease", "Lease defines a lease concept."),
            Map.entry("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create."));

    private Descriptions() {}

    static Optional<String> ofDefinition(String definition) {
        return Optional.ofNullable(KINDS.get(definition));
    }

    /** The description of a property every object or list has, phrased for the kind it belongs to. */
    static Optional<String> ofProperty(String definition, String property, String propertyType) {
        String kind = definition.substring(definition.lastIndexOf('.') + 1);
        return switch (property) {
            case "apiVersion", "kind" -> Optional.of(COMMON_FIELDS.get(property));
            case "metadata" -> propertyType.endsWith("ListMeta") ? Optional.of(LIST_METADATA)
                    : propertyType.endsWith("ObjectMeta") ? Optional.of(OBJECT_METADATA) : Optional.empty();
            case "spec" -> propertyType.endsWith(kind + "Spec") ? Optional.of(SPEC.formatted(kind.toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
            case "status" -> propertyType.endsWith(kind + "Status") ? Optional.of(STATUS.formatted(kind.toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
