package io.j8s.apimachinery.protobuf;

import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Set;

/**
 * Scalar fields that Go declares as plain values with {@code omitempty}. Go's protobuf marshalling
 * writes such fields even when zero (so kubectl's bodies carry {@code paused: false} and
 * {@code generation: 0}), yet the JSON API never shows their zero. Pointer fields are not listed:
 * their zero is a value the client chose ({@code replicas: 0}, {@code runAsUser: 0}) and must stay.
 * A field missing here only costs a visible zero, never a changed meaning.
 */
final class OmittedZeros {

    private static final Set<String> FIELDS = Set.of(
            "ObjectMeta.generation",
            "PodSpec.hostNetwork", "PodSpec.hostPID", "PodSpec.hostIPC",
            "Container.stdin", "Container.stdinOnce", "Container.tty",
            "EphemeralContainerCommon.stdin", "EphemeralContainerCommon.stdinOnce", "EphemeralContainerCommon.tty",
            "ContainerPort.hostPort",
            "VolumeMount.readOnly",
            "PersistentVolumeClaimVolumeSource.readOnly", "NFSVolumeSource.readOnly",
            "Probe.initialDelaySeconds", "Probe.timeoutSeconds", "Probe.periodSeconds",
            "Probe.successThreshold", "Probe.failureThreshold",
            "PodStatus.observedGeneration", "PodCondition.observedGeneration", "Condition.observedGeneration",
            "NodeSpec.unschedulable",
            "ServiceSpec.publishNotReadyAddresses", "ServiceSpec.healthCheckNodePort",
            "ServicePort.nodePort",
            "Event.count", "Event.deprecatedCount",
            "ReplicationControllerStatus.fullyLabeledReplicas", "ReplicationControllerStatus.readyReplicas",
            "ReplicationControllerStatus.availableReplicas", "ReplicationControllerStatus.observedGeneration",
            "DeploymentSpec.minReadySeconds", "DeploymentSpec.paused",
            "DeploymentStatus.observedGeneration", "DeploymentStatus.replicas", "DeploymentStatus.updatedReplicas",
            "DeploymentStatus.readyReplicas", "DeploymentStatus.availableReplicas",
            "DeploymentStatus.unavailableReplicas",
            "ReplicaSetSpec.minReadySeconds",
            "ReplicaSetStatus.fullyLabeledReplicas", "ReplicaSetStatus.readyReplicas",
            "ReplicaSetStatus.availableReplicas", "ReplicaSetStatus.observedGeneration",
            "StatefulSetSpec.minReadySeconds",
            "StatefulSetStatus.observedGeneration", "StatefulSetStatus.readyReplicas",
            "StatefulSetStatus.currentReplicas", "StatefulSetStatus.updatedReplicas",
            "StatefulSetStatus.availableReplicas",
            "DaemonSetSpec.minReadySeconds",
            "DaemonSetStatus.observedGeneration", "DaemonSetStatus.updatedNumberScheduled",
            "DaemonSetStatus.numberAvailable", "DaemonSetStatus.numberUnavailable",
            "JobStatus.active", "JobStatus.succeeded", "JobStatus.failed",
            "PodDisruptionBudgetStatus.observedGeneration",
            "PriorityClass.globalDefault",
            "SubjectAccessReviewStatus.denied",
            "TokenReviewStatus.authenticated");

    /** Volume sources whose readOnly is a *bool; every other volume source has a plain bool. */
    private static final Set<String> POINTER_READ_ONLY = Set.of("CSIVolumeSource", "AzureDiskVolumeSource");

    private OmittedZeros() {
    }

    /** Whether the JSON API leaves this field out when it holds 0 or false. */
    static boolean omitsZero(FieldDescriptor field) {
        String message = field.getContainingType().getName();
        if (field.getName().equals("readOnly") && message.endsWith("VolumeSource")) {
            return !POINTER_READ_ONLY.contains(message);
        }
        return FIELDS.contains(message + "." + field.getName());
    }

    static boolean isZero(Object value) {
        return value instanceof Number n ? n.doubleValue() == 0 : Boolean.FALSE.equals(value);
    }
}
