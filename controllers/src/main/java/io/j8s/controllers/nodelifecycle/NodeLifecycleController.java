package io.j8s.controllers.nodelifecycle;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Syncs one node per key (its name): marks it Ready=Unknown when its Lease in {@code kube-node-lease} is older than
 * the grace period, keeps the not-ready/unreachable taints in line with its Ready condition, and evicts (deletes)
 * the pods on it whose tolerations of its NoExecute taints have run out. Requeues itself for the next deadline.
 */
public final class NodeLifecycleController implements Controller {

    /** Kubernetes' --node-monitor-grace-period default. */
    public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofSeconds(40);
    /** The DefaultTolerationSeconds admission plugin's default for not-ready and unreachable. */
    public static final Duration DEFAULT_TOLERATION = Duration.ofSeconds(300);
    static final String LEASE_NAMESPACE = "kube-node-lease";
    /** How often a node is looked at even when nothing changes, like --node-monitor-period. */
    static final Duration MONITOR_PERIOD = Duration.ofSeconds(5);

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Node> nodes;
    private final Lister<Lease> leases;
    private final Lister<Pod> pods;
    private final Duration grace;
    private final TaintEviction eviction;

    public NodeLifecycleController(ControllerContext ctx) {
        this(ctx, DEFAULT_GRACE_PERIOD, DEFAULT_TOLERATION);
    }

    public NodeLifecycleController(ControllerContext ctx, Duration gracePeriod, Duration defaultToleration) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("nodelifecycle");
        this.nodes = ctx.informers().lister(Node.class);
        this.leases = ctx.informers().lister(Lease.class);
        this.pods = ctx.informers().lister(Pod.class);
        this.grace = gracePeriod;
        this.eviction = new TaintEviction(defaultToleration);
        ctx.informers().informer(Node.class).addEventHandler(KeyHandlers.on(n -> queue.add(n.getMetadata().getName())));
        ctx.informers().informer(Lease.class).addEventHandler(KeyHandlers.on(l -> {
            if (LEASE_NAMESPACE.equals(l.getMetadata().getNamespace())) {
                queue.add(l.getMetadata().getName());
            }
        }));
        ctx.informers().informer(Pod.class).addEventHandler(KeyHandlers.on(p -> {
            if (p.getSpec() != null && p.getSpec().getNodeName() != null && !p.getSpec().getNodeName().isEmpty()) {
                queue.add(p.getSpec().getNodeName());
            }
        }));
    }

    @Override
    public String name() {
        return "nodelifecycle";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Optional<Node> cached = nodes.get(key);
        if (cached.isEmpty()) {
            return;
        }
        Instant now = ctx.clock().instant();
        Node node = cached.get();
        Lease lease = leases.get(LEASE_NAMESPACE, key).orElse(null);
        if (NodeHealth.stale(node, lease, now, grace) && !"Unknown".equals(NodeHealth.readyStatus(node))) {
            node = markUnknown(node, now);
        }
        node = reconcileTaints(node, now);
        Instant next = evictPods(node, now);
        Instant staleAt = NodeHealth.lastHeartbeat(node, lease).map(t -> t.plus(grace).plusMillis(1)).orElse(now);
        Instant wake = now.plus(MONITOR_PERIOD);
        if (staleAt.isAfter(now) && staleAt.isBefore(wake)) {
            wake = staleAt;
        }
        if (next != null && next.isBefore(wake)) {
            wake = next;
        }
        queue.addAfter(key, Duration.between(now, wake));
    }

    private Node markUnknown(Node node, Instant now) {
        String ts = format(now);
        List<NodeCondition> conditions = new ArrayList<>();
        boolean found = false;
        for (NodeCondition c : node.getStatus() == null || node.getStatus().getConditions() == null
                ? List.<NodeCondition>of() : node.getStatus().getConditions()) {
            if ("Ready".equals(c.getType())) {
                found = true;
                conditions.add(unknown(c, ts));
            } else {
                conditions.add(c);
            }
        }
        if (!found) {
            conditions.add(unknown(new NodeConditionBuilder().withType("Ready").build(), ts));
        }
        Node updated = new NodeBuilder(node).editOrNewStatus().withConditions(conditions).endStatus().build();
        return ctx.client().nodes().resource(updated).updateStatus();
    }

    private static NodeCondition unknown(NodeCondition c, String now) {
        return new NodeConditionBuilder(c).withStatus("Unknown").withReason("NodeStatusUnknown")
                .withMessage("Kubelet stopped posting node status.").withLastTransitionTime(now).build();
    }

    private Node reconcileTaints(Node node, Instant now) {
        if (NodeHealth.readyCondition(node).isEmpty()) {
            return node; // never posted status yet: it gets Ready=Unknown once the grace period has passed
        }
        List<Taint> current = node.getSpec() == null || node.getSpec().getTaints() == null
                ? List.of() : node.getSpec().getTaints();
        List<Taint> desired = NodeHealth.desiredTaints(current, NodeHealth.readyStatus(node), format(now));
        if (Objects.equals(desired, current)) {
            return node;
        }
        Node updated = new NodeBuilder(node).editOrNewSpec().withTaints(desired).endSpec().build();
        return ctx.client().nodes().resource(updated).update();
    }

    /** Deletes pods whose time is up; returns the next pod's eviction time, or null. */
    private Instant evictPods(Node node, Instant now) {
        List<Taint> taints = node.getSpec() == null || node.getSpec().getTaints() == null
                ? List.of() : node.getSpec().getTaints();
        if (taints.stream().noneMatch(t -> "NoExecute".equals(t.getEffect()))) {
            return null;
        }
        String name = node.getMetadata().getName();
        Instant next = null;
        for (Pod pod : pods.list()) {
            if (pod.getSpec() == null || !name.equals(pod.getSpec().getNodeName())
                    || pod.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            Optional<Instant> at = eviction.evictionTime(pod, taints, now);
            if (at.isEmpty()) {
                continue;
            }
            if (at.get().isAfter(now)) {
                next = next == null || at.get().isBefore(next) ? at.get() : next;
            } else {
                delete(pod);
            }
        }
        return next;
    }

    private void delete(Pod pod) {
        try {
            ctx.client().pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .delete();
            ctx.events().event(pod, "Normal", "TaintManagerEviction",
                    "Marking for deletion Pod " + pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName());
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    private static String format(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
