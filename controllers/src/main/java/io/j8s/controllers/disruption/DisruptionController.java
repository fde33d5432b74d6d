package io.j8s.controllers.disruption;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetStatus;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.OwnerReferences;
import io.j8s.controllers.base.WorkQueue;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Syncs one PodDisruptionBudget per key ({@code namespace/name}): counts the healthy pods its selector picks,
 * derives the expected count from their controllers' scale (Deployment, ReplicaSet, ReplicationController,
 * StatefulSet replicas; one per pod without a known controller) and writes the status.
 */
public final class DisruptionController implements Controller {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<PodDisruptionBudget> budgets;
    private final Lister<Pod> pods;
    private final Lister<ReplicaSet> replicaSets;
    private final Lister<Deployment> deployments;
    private final Lister<StatefulSet> statefulSets;
    private final Lister<ReplicationController> replicationControllers;

    public DisruptionController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("disruption");
        this.budgets = ctx.informers().lister(PodDisruptionBudget.class);
        this.pods = ctx.informers().lister(Pod.class);
        this.replicaSets = ctx.informers().lister(ReplicaSet.class);
        this.deployments = ctx.informers().lister(Deployment.class);
        this.statefulSets = ctx.informers().lister(StatefulSet.class);
        this.replicationControllers = ctx.informers().lister(ReplicationController.class);
        ctx.informers().informer(PodDisruptionBudget.class).addEventHandler(KeyHandlers.enqueue(queue));
        for (Class<? extends HasMetadata> type : List.of(Pod.class, ReplicaSet.class, Deployment.class,
                StatefulSet.class, ReplicationController.class)) {
            watchNamespace(type);
        }
    }

    private <T extends HasMetadata> void watchNamespace(Class<T> type) {
        ctx.informers().informer(type).addEventHandler(KeyHandlers.on(obj -> {
            String ns = obj.getMetadata().getNamespace();
            if (ns != null) {
                budgets.list(ns).forEach(b -> queue.add(Keys.of(b)));
            }
        }));
    }

    @Override
    public String name() {
        return "disruption";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Optional<PodDisruptionBudget> cached = budgets.get(key);
        if (cached.isEmpty()) {
            return;
        }
        PodDisruptionBudget pdb = cached.get();
        String ns = pdb.getMetadata().getNamespace();
        List<Pod> selected = selectedPods(pdb, ns);
        BudgetStatus numbers = BudgetStatus.of(pdb.getSpec().getMinAvailable(), pdb.getSpec().getMaxUnavailable(),
                selected, expectedScale(selected, ns));
        PodDisruptionBudgetStatus old = pdb.getStatus();
        boolean allowed = numbers.disruptionsAllowed() > 0;
        String status = allowed ? "True" : "False";
        Condition previous = old == null || old.getConditions() == null ? null : old.getConditions().stream()
                .filter(c -> "DisruptionAllowed".equals(c.getType())).findFirst().orElse(null);
        Long generation = pdb.getMetadata().getGeneration();
        if (old != null && previous != null && status.equals(previous.getStatus())
                && Objects.equals(old.getObservedGeneration(), generation)
                && Objects.equals(old.getCurrentHealthy(), numbers.currentHealthy())
                && Objects.equals(old.getDesiredHealthy(), numbers.desiredHealthy())
                && Objects.equals(old.getDisruptionsAllowed(), numbers.disruptionsAllowed())
                && Objects.equals(old.getExpectedPods(), numbers.expectedPods())) {
            return;
        }
        String now = DateTimeFormatter.ISO_INSTANT.format(ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        Condition condition = new ConditionBuilder().withType("DisruptionAllowed").withStatus(status)
                .withReason(allowed ? "SufficientPods" : "InsufficientPods").withMessage("")
                .withObservedGeneration(generation)
                .withLastTransitionTime(previous != null && status.equals(previous.getStatus())
                        ? previous.getLastTransitionTime() : now)
                .build();
        PodDisruptionBudget updated = new PodDisruptionBudgetBuilder(pdb).editOrNewStatus()
                .withCurrentHealthy(numbers.currentHealthy()).withDesiredHealthy(numbers.desiredHealthy())
                .withDisruptionsAllowed(numbers.disruptionsAllowed()).withExpectedPods(numbers.expectedPods())
                .withObservedGeneration(generation).withConditions(condition).endStatus().build();
        try {
            ctx.client().policy().v1().podDisruptionBudget().inNamespace(ns).resource(updated).updateStatus();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    private List<Pod> selectedPods(PodDisruptionBudget pdb, String ns) {
        if (pdb.getSpec() == null || pdb.getSpec().getSelector() == null) {
            return List.of();
        }
        LabelSelector selector = LabelSelector.fromModel(pdb.getSpec().getSelector());
        return pods.list(ns).stream().filter(p -> p.getMetadata().getDeletionTimestamp() == null)
                .filter(p -> selector.matches(p.getMetadata().getLabels() == null ? Map.of() : p.getMetadata().getLabels()))
                .toList();
    }

    /** The sum of the distinct controllers' replicas; a pod whose controller is unknown counts as one. */
    private int expectedScale(List<Pod> selected, String ns) {
        Map<String, Integer> byController = new HashMap<>();
        int uncontrolled = 0;
        for (Pod pod : selected) {
            Optional<Map.Entry<String, Integer>> scale = OwnerReferences.controllerOf(pod).flatMap(ref -> scaleOf(ref, ns));
            if (scale.isPresent()) {
                byController.put(scale.get().getKey(), scale.get().getValue());
            } else {
                uncontrolled++;
            }
        }
        return uncontrolled + byController.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The controller's uid and replicas; a ReplicaSet owned by a Deployment answers with the Deployment's. */
    private Optional<Map.Entry<String, Integer>> scaleOf(OwnerReference ref, String ns) {
        return switch (ref.getKind()) {
            case "ReplicaSet" -> replicaSets.get(ns, ref.getName()).filter(rs -> uid(rs, ref)).flatMap(rs -> {
                Optional<Map.Entry<String, Integer>> owner = OwnerReferences.controllerOf(rs)
                        .filter(o -> "Deployment".equals(o.getKind())).flatMap(o -> scaleOf(o, ns));
                return owner.isPresent() ? owner : Optional.of(Map.entry(rs.getMetadata().getUid(),
                        replicas(rs.getSpec() == null ? null : rs.getSpec().getReplicas())));
            });
            case "Deployment" -> deployments.get(ns, ref.getName()).filter(d -> uid(d, ref)).map(d -> Map.entry(
                    d.getMetadata().getUid(), replicas(d.getSpec() == null ? null : d.getSpec().getReplicas())));
            case "StatefulSet" -> statefulSets.get(ns, ref.getName()).filter(s -> uid(s, ref)).map(s -> Map.entry(
                    s.getMetadata().getUid(), replicas(s.getSpec() == null ? null : s.getSpec().getReplicas())));
            case "ReplicationController" -> replicationControllers.get(ns, ref.getName()).filter(r -> uid(r, ref))
                    .map(r -> Map.entry(r.getMetadata().getUid(),
                            replicas(r.getSpec() == null ? null : r.getSpec().getReplicas())));
            default -> Optional.empty();
        };
    }

    private static boolean uid(HasMetadata obj, OwnerReference ref) {
        return ref.getUid() == null || ref.getUid().equals(obj.getMetadata().getUid());
    }

    private static int replicas(Integer replicas) {
        return replicas == null ? 1 : replicas;
    }
}
