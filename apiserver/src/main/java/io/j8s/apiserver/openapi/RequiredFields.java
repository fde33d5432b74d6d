package io.j8s.apiserver.openapi;

import java.util.List;
import java.util.Map;

/**
 * The {@code required} properties of the definitions kubectl explains most, as Kubernetes' types
 * mark them (fields without {@code omitempty} or {@code +optional}). Definitions not listed get none.
 */
final class RequiredFields {

    private static final String CORE = "io.k8s.api.core.v1.";
    private static final String APPS = "io.k8s.api.apps.v1.";

    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(SchemaNames.META + "OwnerReference", List.of("apiVersion", "kind", "name", "uid")),
            Map.entry(SchemaNames.META + "LabelSelectorRequirement", List.of("key", "operator")),
            Map.entry(SchemaNames.META + "Condition", List.of("type", "status", "lastTransitionTime", "reason", "message")),
            Map.entry(SchemaNames.META + "ListMeta", List.of()),
            Map.entry(CORE + "PodSpec", List.of("containers")),
            Map.entry(CORE + "Container", List.of("name")),
            Map.entry(CORE + "EphemeralContainer", List.of("name")),
            Map.entry(CORE + "ContainerPort", List.of("containerPort")),
            Map.entry(CORE + "EnvVar", List.of("name")),
            Map.entry(CORE + "Volume", List.of("name")),
            Map.entry(CORE + "VolumeMount", List.of("name", "mountPath")),
            Map.entry(CORE + "VolumeDevice", List.of("name", "devicePath")),
            Map.entry(CORE + "KeyToPath", List.of("key", "path")),
            Map.entry(CORE + "ConfigMapKeySelector", List.of("key")),
            Map.entry(CORE + "SecretKeySelector", List.of("key")),
            Map.entry(CORE + "ObjectFieldSelector", List.of("fieldPath")),
            Map.entry(CORE + "ResourceFieldSelector", List.of("resource")),
            Map.entry(CORE + "HTTPGetAction", List.of("port")),
            Map.entry(CORE + "TCPSocketAction", List.of("port")),
            Map.entry(CORE + "GRPCAction", List.of("port")),
            Map.entry(CORE + "HostPathVolumeSource", List.of("path")),
            Map.entry(CORE + "PersistentVolumeClaimVolumeSource", List.of("claimName")),
            Map.entry(CORE + "NodeSelector", List.of("nodeSelectorTerms")),
            Map.entry(CORE + "NodeSelectorRequirement", List.of("key", "operator")),
            Map.entry(CORE + "PreferredSchedulingTerm", List.of("weight", "preference")),
            Map.entry(CORE + "PodAffinityTerm", List.of("topologyKey")),
            Map.entry(CORE + "WeightedPodAffinityTerm", List.of("weight", "podAffinityTerm")),
            Map.entry(CORE + "TopologySpreadConstraint", List.of("maxSkew", "topologyKey", "whenUnsatisfiable")),
            Map.entry(CORE + "Taint", List.of("key", "effect")),
            Map.entry(CORE + "ServicePort", List.of("port")),
            Map.entry(CORE + "PodCondition", List.of("type", "status")),
            Map.entry(CORE + "NodeCondition", List.of("type", "status")),
            Map.entry(CORE + "NodeAddress", List.of("type", "address")),
            Map.entry(CORE + "ContainerStatus", List.of("name", "ready", "restartCount", "image", "imageID")),
            Map.entry(CORE + "EndpointAddress", List.of("ip")),
            Map.entry(CORE + "EndpointPort", List.of("port")),
            Map.entry(CORE + "Binding", List.of("target")),
            Map.entry(CORE + "Event", List.of("metadata", "involvedObject")),
            Map.entry(CORE + "LimitRangeSpec", List.of("limits")),
            Map.entry(CORE + "LimitRangeItem", List.of("type")),
            Map.entry(APPS + "DeploymentSpec", List.of("selector", "template")),
            Map.entry(APPS + "ReplicaSetSpec", List.of("selector")),
            Map.entry(APPS + "StatefulSetSpec", List.of("selector", "template")),
            Map.entry(APPS + "DaemonSetSpec", List.of("selector", "template")),
            Map.entry(APPS + "ControllerRevision", List.of("revision")),
            Map.entry("io.k8s.api.batch.v1.JobSpec", List.of("template")),
            Map.entry("io.k8s.api.batch.v1.CronJobSpec", List.of("schedule", "jobTemplate")),
            Map.entry("io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec", List.of("scaleTargetRef", "maxReplicas")),
            Map.entry("io.k8s.api.autoscaling.v2.CrossVersionObjectReference", List.of("kind", "name")),
            Map.entry("io.k8s.api.autoscaling.v2.MetricSpec", List.of("type")),
            Map.entry("io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec", List.of("scaleTargetRef", "maxReplicas")),
            Map.entry("io.k8s.api.autoscaling.v1.CrossVersionObjectReference", List.of("kind", "name")),
            Map.entry("io.k8s.api.rbac.v1.RoleRef", List.of("apiGroup", "kind", "name")),
            Map.entry("io.k8s.api.rbac.v1.Subject", List.of("kind", "name")),
            Map.entry("io.k8s.api.rbac.v1.PolicyRule", List.of("verbs")),
            Map.entry("io.k8s.api.rbac.v1.RoleBinding", List.of("roleRef")),
            Map.entry("io.k8s.api.rbac.v1.ClusterRoleBinding", List.of("roleRef")),
            Map.entry("io.k8s.api.discovery.v1.EndpointSlice", List.of("addressType", "endpoints")),
            Map.entry("io.k8s.api.discovery.v1.Endpoint", List.of("addresses")),
            Map.entry("io.k8s.api.scheduling.v1.PriorityClass", List.of("value")),
            Map.entry("io.k8s.api.storage.v1.StorageClass", List.of("provisioner")),
            Map.entry("io.k8s.api.networking.v1.HTTPIngressPath", List.of("pathType", "backend")),
            Map.entry("io.k8s.api.networking.v1.HTTPIngressRuleValue", List.of("paths")),
            Map.entry("io.k8s.api.networking.v1.IngressServiceBackend", List.of("name")),
            Map.entry("io.k8s.api.coordination.v1.Lease", List.of()),
            Map.entry("io.k8s.api.events.v1.Event", List.of("eventTime")));

    private RequiredFields() {}

    static List<String> of(String definition) {
        return REQUIRED.getOrDefault(definition, List.of());
    }
}
