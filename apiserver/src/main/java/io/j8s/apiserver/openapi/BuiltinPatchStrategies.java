package io.j8s.apiserver.openapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The patch strategies of the fields kubectl merges most: containers by name, ports by
 * containerPort, env by name, conditions by type... copied from the tags of Kubernetes' types.
 * Immutable and thread-safe.
 */
public final class BuiltinPatchStrategies implements PatchStrategies {

    private static final String CORE = "io.k8s.api.core.v1.";
    private static final PatchStrategy BY_NAME = PatchStrategy.mergeBy("name");
    private static final PatchStrategy BY_TYPE = PatchStrategy.mergeBy("type");
    private static final PatchStrategy BY_IP = PatchStrategy.mergeBy("ip");
    private static final PatchStrategy CONTAINER_PORTS = PatchStrategy.mergeBy("containerPort", "containerPort", "protocol");
    private static final PatchStrategy MOUNTS = PatchStrategy.mergeBy("mountPath");
    private static final PatchStrategy DEVICES = PatchStrategy.mergeBy("devicePath");
    private static final PatchStrategy RETAIN_KEYS = new PatchStrategy("retainKeys", "", "", List.of());
    private static final PatchStrategy VOLUMES = new PatchStrategy("merge,retainKeys", "name", "map", List.of("name"));

    private static final Map<String, PatchStrategy> FIELDS = Map.ofEntries(
            Map.entry(SchemaNames.META + "ObjectMeta.finalizers", new PatchStrategy("merge", "", "set", List.of())),
            Map.entry(SchemaNames.META + "ObjectMeta.ownerReferences", PatchStrategy.mergeBy("uid")),
            Map.entry(CORE + "PodSpec.containers", BY_NAME),
            Map.entry(CORE + "PodSpec.initContainers", BY_NAME),
            Map.entry(CORE + "PodSpec.ephemeralContainers", BY_NAME),
            Map.entry(CORE + "PodSpec.imagePullSecrets", BY_NAME),
            Map.entry(CORE + "PodSpec.volumes", VOLUMES),
            Map.entry(CORE + "PodSpec.hostAliases", BY_IP),
            Map.entry(CORE + "PodSpec.topologySpreadConstraints",
                    PatchStrategy.mergeBy("topologyKey", "topologyKey", "whenUnsatisfiable")),
            Map.entry(CORE + "PodSpec.resourceClaims", VOLUMES),
            Map.entry(CORE + "PodSpec.schedulingGates", BY_NAME),
            Map.entry(CORE + "Container.ports", CONTAINER_PORTS),
            Map.entry(CORE + "Container.env", BY_NAME),
            Map.entry(CORE + "Container.volumeMounts", MOUNTS),
            Map.entry(CORE + "Container.volumeDevices", DEVICES),
            Map.entry(CORE + "EphemeralContainer.ports", CONTAINER_PORTS),
            Map.entry(CORE + "EphemeralContainer.env", BY_NAME),
            Map.entry(CORE + "EphemeralContainer.volumeMounts", MOUNTS),
            Map.entry(CORE + "EphemeralContainer.volumeDevices", DEVICES),
            Map.entry(CORE + "PodStatus.conditions", BY_TYPE),
            Map.entry(CORE + "PodStatus.podIPs", BY_IP),
            Map.entry(CORE + "PodStatus.hostIPs", BY_IP),
            Map.entry(CORE + "ServiceSpec.ports", PatchStrategy.mergeBy("port", "port", "protocol")),
            Map.entry(CORE + "ServiceStatus.conditions", BY_TYPE),
            Map.entry(CORE + "ServiceAccount.secrets", BY_NAME),
            Map.entry(CORE + "NodeStatus.conditions", BY_TYPE),
            Map.entry(CORE + "NodeStatus.addresses", BY_TYPE),
            Map.entry(CORE + "NodeSpec.podCIDRs", new PatchStrategy("merge", "", "set", List.of())),
            Map.entry(CORE + "NamespaceStatus.conditions", BY_TYPE),
            Map.entry(CORE + "PersistentVolumeClaimStatus.conditions", BY_TYPE),
            Map.entry(CORE + "ReplicationControllerStatus.conditions", BY_TYPE),
            Map.entry("io.k8s.api.apps.v1.DeploymentSpec.strategy", RETAIN_KEYS),
            Map.entry("io.k8s.api.apps.v1.DeploymentStatus.conditions", BY_TYPE),
            Map.entry("io.k8s.api.apps.v1.ReplicaSetStatus.conditions", BY_TYPE),
            Map.entry("io.k8s.api.apps.v1.StatefulSetStatus.conditions", BY_TYPE),
            Map.entry("io.k8s.api.apps.v1.DaemonSetStatus.conditions", BY_TYPE),
            Map.entry("io.k8s.api.batch.v1.JobStatus.conditions", new PatchStrategy("merge", "type", "atomic", List.of())),
            Map.entry("io.k8s.api.policy.v1.PodDisruptionBudgetStatus.conditions", BY_TYPE),
            Map.entry("io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus.conditions", BY_TYPE));

    @Override
    public Optional<PatchStrategy> of(String definition, String property) {
        return Optional.ofNullable(FIELDS.get(definition + "." + property));
    }
}
