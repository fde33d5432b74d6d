package io.j8s.controllers.replicationcontroller;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.ReplicationControllerBuilder;
import io.fabric8.kubernetes.api.model.ReplicationControllerCondition;
import io.fabric8.kubernetes.api.model.ReplicationControllerStatus;
import io.fabric8.kubernetes.api.model.ReplicationControllerStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.replicaset.ReplicaController;
import io.j8s.controllers.replicaset.ReplicaStatus;
import java.util.List;
import java.util.Map;

/** The {@code replicationcontroller} controller: keeps {@code spec.replicas} pods for each core/v1 RC. */
public final class ReplicationControllerController extends ReplicaController<ReplicationController> {

    public ReplicationControllerController(ControllerContext ctx) {
        super(ctx, "replicationcontroller", ReplicationController.class);
    }

    @Override
    protected int replicas(ReplicationController rc) {
        Integer r = rc.getSpec().getReplicas();
        return r == null ? 1 : r;
    }

    @Override
    protected LabelSelector selector(ReplicationController rc) {
        Map<String, String> selector = rc.getSpec().getSelector();
        // An RC without a selector selects its template's labels (the API server defaults it so).
        if (selector == null || selector.isEmpty()) {
            var meta = rc.getSpec().getTemplate() == null ? null : rc.getSpec().getTemplate().getMetadata();
            selector = meta == null || meta.getLabels() == null ? Map.of() : meta.getLabels();
        }
        return selector.isEmpty() ? LabelSelector.nothing() : LabelSelector.ofLabels(selector);
    }

    @Override
    protected PodTemplateSpec template(ReplicationController rc) {
        return rc.getSpec().getTemplate();
    }

    @Override
    protected int minReadySeconds(ReplicationController rc) {
        Integer m = rc.getSpec().getMinReadySeconds();
        return m == null ? 0 : m;
    }

    @Override
    protected ReplicaStatus status(ReplicationController rc) {
        ReplicationControllerStatus s = rc.getStatus() == null ? new ReplicationControllerStatus() : rc.getStatus();
        List<ReplicaStatus.Condition> conditions = s.getConditions() == null ? List.of() : s.getConditions().stream()
                .map(c -> new ReplicaStatus.Condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage(),
                        c.getLastTransitionTime()))
                .toList();
        return new ReplicaStatus(intOf(s.getReplicas()), intOf(s.getFullyLabeledReplicas()), intOf(s.getReadyReplicas()),
                intOf(s.getAvailableReplicas()), s.getObservedGeneration() == null ? 0 : s.getObservedGeneration(),
                conditions);
    }

    @Override
    protected ReplicationController writeStatus(ReplicationController rc, ReplicaStatus status) {
        ReplicationControllerStatus next = new ReplicationControllerStatusBuilder()
                .withReplicas(status.replicas())
                .withFullyLabeledReplicas(status.fullyLabeledReplicas())
                .withReadyReplicas(status.readyReplicas())
                .withAvailableReplicas(status.availableReplicas())
                .withObservedGeneration(status.observedGeneration())
                .withConditions(status.conditions().stream()
                        .map(c -> new ReplicationControllerCondition(c.lastTransitionTime(), c.message(), c.reason(),
                                c.status(), c.type()))
                        .toList())
                .build();
        var resources = ctx.client().replicationControllers().inNamespace(rc.getMetadata().getNamespace());
        try {
            return resources.resource(new ReplicationControllerBuilder(rc).withStatus(next).build()).updateStatus();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
            ReplicationController fresh = resources.withName(rc.getMetadata().getName()).get();
            if (fresh == null) {
                return rc;
            }
            return resources.resource(new ReplicationControllerBuilder(fresh).withStatus(next).build()).updateStatus();
        }
    }

    private static int intOf(Integer i) {
        return i == null ? 0 : i;
    }
}
