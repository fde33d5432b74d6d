package io.j8s.controllers.podgc;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a pod GC pass every {@link #PERIOD} on one key. Orphaned pods are first marked Failed with a
 * {@code DisruptionTarget} condition (reason {@code DeletionByPodGC}) as Kubernetes 1.33 does, then force-deleted.
 */
public final class PodGcController implements Controller {

    /** Kubernetes' --terminated-pod-gc-threshold default. */
    public static final int DEFAULT_TERMINATED_THRESHOLD = 12500;
    static final Duration PERIOD = Duration.ofSeconds(20);
    private static final String KEY = "podgc";

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Pod> pods;
    private final Lister<Node> nodes;
    private final int threshold;

    public PodGcController(ControllerContext ctx) {
        this(ctx, DEFAULT_TERMINATED_THRESHOLD);
    }

    public PodGcController(ControllerContext ctx, int terminatedThreshold) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("podgc");
        this.pods = ctx.informers().lister(Pod.class);
        this.nodes = ctx.informers().lister(Node.class);
        this.threshold = terminatedThreshold;
        // Besides the periodic pass, run one when a pod shows something to collect, or a node goes.
        ctx.informers().informer(Pod.class).addEventHandler(KeyHandlers.on(p -> {
            if (p.getMetadata().getDeletionTimestamp() != null || terminal(p) || onUnknownNode(p)) {
                queue.add(KEY);
            }
        }));
        ctx.informers().informer(Node.class).addEventHandler(KeyHandlers.on(n -> queue.add(KEY)));
        queue.add(KEY);
    }

    private static boolean terminal(Pod p) {
        return p.getStatus() != null && ("Succeeded".equals(p.getStatus().getPhase()) || "Failed".equals(p.getStatus().getPhase()));
    }

    private boolean onUnknownNode(Pod p) {
        String node = p.getSpec() == null ? null : p.getSpec().getNodeName();
        return node != null && !node.isEmpty() && nodes.get(node).isEmpty();
    }

    @Override
    public String name() {
        return "podgc";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public int workers() {
        return 1;
    }

    @Override
    public void sync(String key) {
        try {
            Set<String> nodeNames = nodes.list().stream().map(n -> n.getMetadata().getName()).collect(Collectors.toSet());
            PodGcPlan plan = PodGcPlan.of(pods.list(), nodeNames, threshold);
            plan.terminated().forEach(p -> forceDelete(p, false));
            for (Pod p : plan.orphaned()) {
                // The informer may lag a just-registered node: confirm with a live read before acting.
                if (ctx.client().nodes().withName(p.getSpec().getNodeName()).get() == null) {
                    markFailed(p);
                    forceDelete(p, true);
                }
            }
            plan.unscheduledTerminating().forEach(p -> forceDelete(p, true));
        } finally {
            queue.addAfter(KEY, PERIOD);
        }
    }

    private void markFailed(Pod pod) {
        if (pod.getStatus() != null && "Failed".equals(pod.getStatus().getPhase())) {
            return;
        }
        String now = DateTimeFormatter.ISO_INSTANT.format(ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        Pod failed = new PodBuilder(pod).editOrNewStatus().withPhase("Failed").addToConditions(new PodConditionBuilder()
                .withType("DisruptionTarget").withStatus("True").withReason("DeletionByPodGC")
                .withMessage("PodGC: node no longer exists").withLastTransitionTime(now).build()).endStatus().build();
        try {
            ctx.client().pods().inNamespace(pod.getMetadata().getNamespace()).resource(failed).updateStatus();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404 && e.getCode() != 409) {
                throw e;
            }
        }
    }

    private void forceDelete(Pod pod, boolean force) {
        try {
            var named = ctx.client().pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName());
            if (force) {
                named.withGracePeriod(0).delete();
            } else {
                named.delete();
            }
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }
}
