package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.NodeSelector;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.scheduler.framework.NodeInfo;
import java.util.Map;

/** Matches nodes against a pod's nodeSelector and required node affinity, as Kubernetes' RequiredNodeAffinity. */
final class NodeSelectors {

    private NodeSelectors() {
    }

    /** Whether the node satisfies both {@code spec.nodeSelector} and the required node affinity. */
    static boolean matchesRequired(Pod pod, NodeInfo node) {
        Map<String, String> selector = pod.getSpec().getNodeSelector();
        if (selector != null && !selector.isEmpty() && !LabelSelector.ofLabels(selector).matches(node.labels())) {
            return false;
        }
        Affinity affinity = pod.getSpec().getAffinity();
        if (affinity == null || affinity.getNodeAffinity() == null) {
            return true;
        }
        NodeSelector required = affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution();
        return required == null || matchesAnyTerm(required, node);
    }

    static boolean matchesAnyTerm(NodeSelector selector, NodeInfo node) {
        for (NodeSelectorTerm term : selector.getNodeSelectorTerms()) {
            if (matchesTerm(term, node)) {
                return true;
            }
        }
        return false;
    }

    /** A term with neither expressions nor fields matches nothing. */
    static boolean matchesTerm(NodeSelectorTerm term, NodeInfo node) {
        var exprs = term.getMatchExpressions();
        var fields = term.getMatchFields();
        boolean noExprs = exprs == null || exprs.isEmpty();
        boolean noFields = fields == null || fields.isEmpty();
        if (noExprs && noFields) {
            return false;
        }
        try {
            if (!noExprs && !LabelSelector.fromNodeSelectorRequirements(exprs).matches(node.labels())) {
                return false;
            }
            return noFields || LabelSelector.fromNodeSelectorRequirements(fields)
                    .matches(Map.of("metadata.name", node.name()));
        } catch (RuntimeException invalid) {
            return false;
        }
    }
}
