package io.j8s.controllers.daemonset;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.j8s.apimachinery.labels.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a DaemonSet's pod should run on a node, as Kubernetes' {@code NodeShouldRunDaemonPod}: the node selector,
 * required node affinity, and NoSchedule/NoExecute taints against the pod's tolerations plus the defaults every
 * daemon pod gets. Pure and thread-safe.
 */
public final class NodeEligibility {

    private NodeEligibility() {
    }

    /** The tolerations Kubernetes adds to every daemon pod ({@code util.AddOrUpdateDaemonPodTolerations}). */
    public static List<Toleration> defaultTolerations() {
        return List.of(
                exists("node.kubernetes.io/not-ready", "NoExecute"),
                exists("node.kubernetes.io/unreachable", "NoExecute"),
                exists("node.kubernetes.io/disk-pressure", "NoSchedule"),
                exists("node.kubernetes.io/memory-pressure", "NoSchedule"),
                exists("node.kubernetes.io/pid-pressure", "NoSchedule"),
                exists("node.kubernetes.io/unschedulable", "NoSchedule"));
    }

    /** The template's tolerations with the defaults appended where missing. */
    public static List<Toleration> withDefaultTolerations(List<Toleration> own) {
        List<Toleration> all = new ArrayList<>(own == null ? List.of() : own);
        for (Toleration t : defaultTolerations()) {
            if (all.stream().noneMatch(o -> t.getKey().equals(o.getKey()) && t.getEffect().equals(o.getEffect()))) {
                all.add(t);
            }
        }
        return all;
    }

    /** Whether a pod with {@code spec} should run on {@code node}. */
    public static boolean shouldRun(Node node, PodSpec spec) {
        Map<String, String> labels = node.getMetadata().getLabels() == null ? Map.of() : node.getMetadata().getLabels();
        Map<String, String> selector = spec.getNodeSelector();
        if (selector != null && !selector.entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            return false;
        }
        if (!requiredAffinityMatches(node, labels, spec)) {
            return false;
        }
        List<Toleration> tolerations = withDefaultTolerations(spec.getTolerations());
        List<Taint> taints = node.getSpec() == null || node.getSpec().getTaints() == null
                ? List.of() : node.getSpec().getTaints();
        return taints.stream()
                .filter(t -> "NoSchedule".equals(t.getEffect()) || "NoExecute".equals(t.getEffect()))
                .allMatch(t -> tolerations.stream().anyMatch(tol -> tolerates(tol, t)));
    }

    static boolean tolerates(Toleration tol, Taint taint) {
        if (tol.getEffect() != null && !tol.getEffect().isEmpty() && !tol.getEffect().equals(taint.getEffect())) {
            return false;
        }
        if (tol.getKey() == null || tol.getKey().isEmpty()) {
            return "Exists".equals(tol.getOperator());
        }
        if (!tol.getKey().equals(taint.getKey())) {
            return false;
        }
        if ("Exists".equals(tol.getOperator())) {
            return true;
        }
        String value = taint.getValue() == null ? "" : taint.getValue();
        return value.equals(tol.getValue() == null ? "" : tol.getValue());
    }

    private static boolean requiredAffinityMatches(Node node, Map<String, String> labels, PodSpec spec) {
        if (spec.getAffinity() == null || spec.getAffinity().getNodeAffinity() == null
                || spec.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null) {
            return true;
        }
        List<NodeSelectorTerm> terms = spec.getAffinity().getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms();
        if (terms == null || terms.isEmpty()) {
            return false;
        }
        return terms.stream().anyMatch(term -> termMatches(node, labels, term));
    }

    private static boolean termMatches(Node node, Map<String, String> labels, NodeSelectorTerm term) {
        List<NodeSelectorRequirement> exprs = term.getMatchExpressions() == null ? List.of() : term.getMatchExpressions();
        List<NodeSelectorRequirement> fields = term.getMatchFields() == null ? List.of() : term.getMatchFields();
        if (exprs.isEmpty() && fields.isEmpty()) {
            return false;
        }
        if (!exprs.isEmpty() && !LabelSelector.fromNodeSelectorRequirements(exprs).matches(labels)) {
            return false;
        }
        return fields.stream().allMatch(f -> fieldMatches(node.getMetadata().getName(), f));
    }

    /** matchFields supports only {@code metadata.name} with In or NotIn, as Kubernetes. */
    private static boolean fieldMatches(String nodeName, NodeSelectorRequirement field) {
        if (!"metadata.name".equals(field.getKey())) {
            return false;
        }
        boolean in = field.getValues() != null && field.getValues().contains(nodeName);
        return switch (field.getOperator() == null ? "" : field.getOperator()) {
            case "In" -> in;
            case "NotIn" -> !in;
            default -> false;
        };
    }

    private static Toleration exists(String key, String effect) {
        return new TolerationBuilder().withKey(key).withOperator("Exists").withEffect(effect).build();
    }
}
