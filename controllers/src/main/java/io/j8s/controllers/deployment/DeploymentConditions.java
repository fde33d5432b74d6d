package io.j8s.controllers.deployment;

import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deployment condition types, reasons and Kubernetes' {@code SetDeploymentCondition} semantics. */
public final class DeploymentConditions {

    public static final String AVAILABLE = "Available";
    public static final String PROGRESSING = "Progressing";
    public static final String REPLICA_FAILURE = "ReplicaFailure";

    public static final String MINIMUM_REPLICAS_AVAILABLE = "MinimumReplicasAvailable";
    public static final String MINIMUM_REPLICAS_UNAVAILABLE = "MinimumReplicasUnavailable";
    public static final String NEW_RS_AVAILABLE = "NewReplicaSetAvailable";
    public static final String RS_UPDATED = "ReplicaSetUpdated";
    public static final String NEW_RS_CREATED = "NewReplicaSetCreated";
    public static final String FOUND_NEW_RS = "FoundNewReplicaSet";
    public static final String TIMED_OUT = "ProgressDeadlineExceeded";
    public static final String PAUSED = "DeploymentPaused";
    public static final String RESUMED = "DeploymentResumed";
    public static final String FAILED_RS_CREATE = "ReplicaSetCreateError";

    private DeploymentConditions() {
    }

    static DeploymentCondition condition(String type, String status, String reason, String message, Instant now) {
        String t = DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS));
        return new DeploymentConditionBuilder().withType(type).withStatus(status).withReason(reason)
                .withMessage(message).withLastUpdateTime(t).withLastTransitionTime(t).build();
    }

    static Optional<DeploymentCondition> get(List<DeploymentCondition> conditions, String type) {
        return conditions == null ? Optional.empty()
                : conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    /**
     * Sets {@code condition}, keeping the existing one untouched when status and reason are the same, and keeping
     * its lastTransitionTime when only the reason changed. Returns the new list.
     */
    static List<DeploymentCondition> set(List<DeploymentCondition> conditions, DeploymentCondition condition) {
        Optional<DeploymentCondition> current = get(conditions, condition.getType());
        if (current.isPresent() && current.get().getStatus().equals(condition.getStatus())
                && current.get().getReason() != null && current.get().getReason().equals(condition.getReason())) {
            return conditions;
        }
        DeploymentCondition next = condition;
        if (current.isPresent() && current.get().getStatus().equals(condition.getStatus())) {
            next = new DeploymentConditionBuilder(condition)
                    .withLastTransitionTime(current.get().getLastTransitionTime()).build();
        }
        List<DeploymentCondition> out = remove(conditions, condition.getType());
        out.add(next);
        return out;
    }

    static List<DeploymentCondition> remove(List<DeploymentCondition> conditions, String type) {
        List<DeploymentCondition> out = new ArrayList<>(conditions == null ? List.of() : conditions);
        out.removeIf(c -> type.equals(c.getType()));
        return out;
    }
}
