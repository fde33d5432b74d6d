package io.j8s.controllers.replicaset;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.controllers.base.ControllerContext;
import java.util.List;

/** The {@code replicaset} controller: keeps {@code spec.replicas} pods for each apps/v1 ReplicaSet. */
public final class ReplicaSetController extends ReplicaController<ReplicaSet> {

    public ReplicaSetController(ControllerContext ctx) {
        super(ctx, "replicaset", ReplicaSet.class);
    }

    @Override
    protected int replicas(ReplicaSet rs) {
        Integer r = rs.getSpec().getReplicas();
        return r == null ? 1 : r;
    }

    @Override
    protected LabelSelector selector(ReplicaSet rs) {
        return LabelSelector.fromModel(rs.getSpec().getSelector());
    }

    @Override
    protected PodTemplateSpec template(ReplicaSet rs) {
        return rs.getSpec().getTemplate();
    }

    @Override
    protected int minReadySeconds(ReplicaSet rs) {
        Integer m = rs.getSpec().getMinReadySeconds();
        return m == null ? 0 : m;
    }

    @Override
    protected ReplicaStatus status(ReplicaSet rs) {
        ReplicaSetStatus s = rs.getStatus() == null ? new ReplicaSetStatus() : rs.getStatus();
        List<ReplicaStatus.Condition> conditions = s.getConditions() == null ? List.of() : s.getConditions().stream()
                .map(c -> new ReplicaStatus.Condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage(),
                        c.getLastTransitionTime()))
                .toList();
        return new ReplicaStatus(intOf(s.getReplicas()), intOf(s.getFullyLabeledReplicas()), intOf(s.getReadyReplicas()),
                intOf(s.getAvailableReplicas()), s.getObservedGeneration() == null ? 0 : s.getObservedGeneration(),
                conditions);
    }

    @Override
    protected ReplicaSet writeStatus(ReplicaSet rs, ReplicaStatus status) {
        ReplicaSetStatus next = new ReplicaSetStatusBuilder()
                .withReplicas(status.replicas())
                .withFullyLabeledReplicas(status.fullyLabeledReplicas())
                .withReadyReplicas(status.readyReplicas())
                .withAvailableReplicas(status.availableReplicas())
                .withObservedGeneration(status.observedGeneration())
                .withConditions(status.conditions().stream()
                        .map(c -> new ReplicaSetCondition(c.lastTransitionTime(), c.message(), c.reason(), c.status(),
                                c.type()))
                        .toList())
                .build();
        var resources = ctx.client().apps().replicaSets().inNamespace(rs.getMetadata().getNamespace());
        try {
            return resources.resource(new ReplicaSetBuilder(rs).withStatus(next).build()).updateStatus();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
            // Kubernetes retries once on a fresh copy: status is ours alone, only the resourceVersion moved.
            ReplicaSet fresh = resources.withName(rs.getMetadata().getName()).get();
            if (fresh == null) {
                return rs;
            }
            return resources.resource(new ReplicaSetBuilder(fresh).withStatus(next).build()).updateStatus();
        }
    }

    private static int intOf(Integer i) {
        return i == null ? 0 : i;
    }
}
