package io.j8s.apimachinery.patch;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.ComponentStatus;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.NamespaceStatus;
import io.fabric8.kubernetes.api.model.NodeSpec;
import io.fabric8.kubernetes.api.model.NodeStatus;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatus;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.ReplicationControllerStatus;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.ServiceStatus;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.flowcontrol.v1.FlowSchemaStatus;
import io.fabric8.kubernetes.api.model.flowcontrol.v1.PriorityLevelConfigurationStatus;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetStatus;
import io.fabric8.kubernetes.api.model.storage.CSINodeSpec;
import io.j8s.apimachinery.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The strategic-merge-patch metadata of the built-in types: which fields carry
 * {@code patchStrategy} and {@code patchMergeKey} Go struct tags in k8s.io/api (1.33), keyed by the
 * fabric8 class of the struct that declares the field. Fields not listed are replaced as a whole
 * when they are lists and merged key by key when they are objects. Immutable and thread-safe.
 */
public final class PatchMeta {

    /**
     * The tags of one field.
     *
     * @param strategies {@code merge}, {@code retainKeys} or {@code replace}, as in the Go tag
     * @param mergeKey the {@code patchMergeKey}, empty for primitive lists and plain objects
     */
    public record FieldStrategy(Set<String> strategies, String mergeKey) {

        public FieldStrategy {
            strategies = Set.copyOf(strategies);
        }

        /** Lists merged element by element (by {@link #mergeKey()} for objects). */
        public boolean merge() {
            return strategies.contains("merge");
        }

        public boolean retainKeys() {
            return strategies.contains("retainKeys");
        }

        /** The Go tag value, such as {@code merge,retainKeys}, for {@code x-kubernetes-patch-strategy}. */
        public String patchStrategy() {
            return (merge() ? "merge" : "") + (merge() && retainKeys() ? "," : "") + (retainKeys() ? "retainKeys" : "");
        }
    }

    private static final FieldStrategy MERGE = new FieldStrategy(Set.of("merge"), "");
    private static final FieldStrategy RETAIN_KEYS = new FieldStrategy(Set.of("retainKeys"), "");
    private static final FieldStrategy BY_TYPE = byKey("type");
    private static final FieldStrategy BY_NAME = byKey("name");

    private static final Map<Class<?>, Map<String, FieldStrategy>> TABLE = build();

    private PatchMeta() {}

    private static FieldStrategy byKey(String key) {
        return new FieldStrategy(Set.of("merge"), key);
    }

    private static FieldStrategy byKeyRetainingKeys(String key) {
        return new FieldStrategy(Set.of("merge", "retainKeys"), key);
    }

    private static Map<Class<?>, Map<String, FieldStrategy>> build() {
        Map<Class<?>, Map<String, FieldStrategy>> t = new LinkedHashMap<>();
        t.put(ObjectMeta.class, Map.of("finalizers", MERGE, "ownerReferences", byKey("uid")));
        t.put(PodSpec.class, Map.of(
                "volumes", byKeyRetainingKeys("name"),
                "initContainers", BY_NAME,
                "containers", BY_NAME,
                "ephemeralContainers", BY_NAME,
                "imagePullSecrets", BY_NAME,
                "hostAliases", byKey("ip"),
                "topologySpreadConstraints", byKey("topologyKey"),
                "schedulingGates", BY_NAME,
                "resourceClaims", byKeyRetainingKeys("name")));
        Map<String, FieldStrategy> container = Map.of(
                "ports", byKey("containerPort"),
                "env", BY_NAME,
                "volumeMounts", byKey("mountPath"),
                "volumeDevices", byKey("devicePath"));
        t.put(Container.class, container);
        t.put(EphemeralContainer.class, container);
        t.put(PodStatus.class, Map.of(
                "conditions", BY_TYPE,
                "podIPs", byKey("ip"),
                "hostIPs", byKey("ip"),
                "resourceClaimStatuses", byKeyRetainingKeys("name")));
        t.put(NodeSpec.class, Map.of("podCIDRs", MERGE));
        t.put(NodeStatus.class, Map.of("conditions", BY_TYPE, "addresses", BY_TYPE));
        t.put(ServiceSpec.class, Map.of("ports", byKey("port")));
        t.put(ServiceAccount.class, Map.of("secrets", BY_NAME));
        for (Class<?> status : List.of(ServiceStatus.class, NamespaceStatus.class, PersistentVolumeClaimStatus.class,
                ReplicationControllerStatus.class, DeploymentStatus.class, ReplicaSetStatus.class, DaemonSetStatus.class,
                StatefulSetStatus.class, JobStatus.class, HorizontalPodAutoscalerStatus.class,
                PodDisruptionBudgetStatus.class, FlowSchemaStatus.class, PriorityLevelConfigurationStatus.class)) {
            t.put(status, Map.of("conditions", BY_TYPE));
        }
        t.put(ComponentStatus.class, Map.of("conditions", BY_TYPE));
        t.put(DeploymentSpec.class, Map.of("strategy", RETAIN_KEYS));
        t.put(CSINodeSpec.class, Map.of("drivers", BY_NAME));
        t.put(ValidatingWebhookConfiguration.class, Map.of("webhooks", BY_NAME));
        t.put(MutatingWebhookConfiguration.class, Map.of("webhooks", BY_NAME));
        return Map.copyOf(t);
    }

    /** The tags of a field of a fabric8 class, if it has any. */
    public static Optional<FieldStrategy> of(Class<?> owner, String jsonField) {
        if (owner == null) {
            return Optional.empty();
        }
        Map<String, FieldStrategy> fields = TABLE.get(owner);
        return fields == null ? Optional.empty() : Optional.ofNullable(fields.get(jsonField));
    }

    /** The whole table: fabric8 class, then JSON field name, then its tags. */
    public static Map<Class<?>, Map<String, FieldStrategy>> table() {
        return TABLE;
    }

    /**
     * The fabric8 class of a field's value, found from the Jackson bean properties of the owner:
     * the element class for lists, the value class for maps. Null when the owner is unknown, the
     * field is not a property, or the value is not a bean.
     */
    public static Class<?> fieldType(Class<?> owner, String jsonField) {
        if (owner == null || owner.getName().startsWith("java.")) {
            return null;
        }
        JavaType ownerType = Json.mapper().constructType(owner);
        BeanDescription description = Json.mapper().getSerializationConfig().introspect(ownerType);
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.getName().equals(jsonField)) {
                JavaType type = property.getPrimaryType();
                while (type.isContainerType() && type.getContentType() != null) {
                    type = type.getContentType();
                }
                Class<?> raw = type.getRawClass();
                return raw.isPrimitive() || raw.getName().startsWith("java.") ? null : raw;
            }
        }
        return null;
    }
}
