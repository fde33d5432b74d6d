package io.j8s.controllers.deployment;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code deployment.kubernetes.io/*} annotations a Deployment writes on itself and its ReplicaSets. */
public final class RevisionAnnotations {

    public static final String REVISION = "deployment.kubernetes.io/revision";
    public static final String REVISION_HISTORY = "deployment.kubernetes.io/revision-history";
    public static final String DESIRED_REPLICAS = "deployment.kubernetes.io/desired-replicas";
    public static final String MAX_REPLICAS = "deployment.kubernetes.io/max-replicas";

    /** Deployment annotations never copied onto ReplicaSets ({@code skipCopyAnnotation}). */
    private static final Set<String> NOT_COPIED = Set.of(
            "kubectl.kubernetes.io/last-applied-configuration", REVISION, REVISION_HISTORY, DESIRED_REPLICAS,
            MAX_REPLICAS, "deprecated.deployment.rollback.to");

    private RevisionAnnotations() {
    }

    /** The object's revision; 0 when absent or unparsable. */
    public static long revision(HasMetadata obj) {
        String v = annotations(obj).get(REVISION);
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The highest revision among {@code replicaSets}. */
    public static long maxRevision(List<? extends HasMetadata> replicaSets) {
        return replicaSets.stream().mapToLong(RevisionAnnotations::revision).max().orElse(0);
    }

    /** The {@code desired-replicas} annotation, or -1 when absent. */
    public static int desiredReplicas(HasMetadata rs) {
        return intAnnotation(rs, DESIRED_REPLICAS);
    }

    /** The {@code max-replicas} annotation, or -1 when absent. */
    public static int maxReplicas(HasMetadata rs) {
        return intAnnotation(rs, MAX_REPLICAS);
    }

    private static int intAnnotation(HasMetadata obj, String key) {
        String v = annotations(obj).get(key);
        try {
            return v == null ? -1 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Kubernetes' {@code SetNewReplicaSetAnnotations}: copies the Deployment's own annotations, raises the revision
     * to {@code newRevision} (remembering the old one in revision-history), and for a ReplicaSet about to be created
     * sets the replicas annotations. Returns the new annotations, or null when nothing changed.
     */
    static Map<String, String> forNewReplicaSet(Deployment d, HasMetadata rs, long newRevision, boolean exists) {
        Map<String, String> next = new HashMap<>(annotations(rs));
        annotations(d).forEach((k, v) -> {
            if (!NOT_COPIED.contains(k)) {
                next.put(k, v);
            }
        });
        String oldRevision = next.get(REVISION);
        long old = revision(rs);
        if (old < newRevision) {
            next.put(REVISION, Long.toString(newRevision));
            if (oldRevision != null && !oldRevision.isEmpty()) {
                String history = next.get(REVISION_HISTORY);
                next.put(REVISION_HISTORY, history == null || history.isEmpty() ? oldRevision : history + "," + oldRevision);
            }
        }
        if (!exists) {
            next.put(DESIRED_REPLICAS, Integer.toString(Fenceposts.replicas(d)));
            next.put(MAX_REPLICAS, Integer.toString(Fenceposts.replicas(d) + Fenceposts.maxSurge(d)));
        }
        return next.equals(annotations(rs)) ? null : next;
    }

    /** Annotations with desired/max replicas for {@code d}; null when they are already so. */
    static Map<String, String> withReplicas(Deployment d, HasMetadata rs) {
        Map<String, String> next = new HashMap<>(annotations(rs));
        next.put(DESIRED_REPLICAS, Integer.toString(Fenceposts.replicas(d)));
        next.put(MAX_REPLICAS, Integer.toString(Fenceposts.replicas(d) + Fenceposts.maxSurge(d)));
        return next.equals(annotations(rs)) ? null : next;
    }

    static Map<String, String> annotations(HasMetadata obj) {
        Map<String, String> a = obj.getMetadata().getAnnotations();
        return a == null ? Map.of() : a;
    }
}
