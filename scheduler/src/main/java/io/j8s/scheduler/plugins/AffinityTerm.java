package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.scheduler.framework.ClusterLister;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod (anti-)affinity term compiled once: which pods it selects (namespaces and labels) and the
 * topology key whose values define "together".
 *
 * @param namespaces namespaces named by the term, or the owner's namespace when none and no selector
 * @param namespaceSelector selects namespaces by labels; null when the term has none
 */
record AffinityTerm(LabelSelector selector, Set<String> namespaces, LabelSelector namespaceSelector,
                    String topologyKey, int weight) {

    static AffinityTerm of(Pod owner, PodAffinityTerm term, int weight) {
        LabelSelector selector = term.getLabelSelector() == null ? LabelSelector.nothing()
                : LabelSelector.fromModel(term.getLabelSelector());
        LabelSelector nsSelector = term.getNamespaceSelector() == null ? null
                : LabelSelector.fromModel(term.getNamespaceSelector());
        Set<String> namespaces = term.getNamespaces() == null || term.getNamespaces().isEmpty()
                ? (nsSelector == null ? Set.of(owner.getMetadata().getNamespace()) : Set.of())
                : Set.copyOf(term.getNamespaces());
        return new AffinityTerm(selector, namespaces, nsSelector, term.getTopologyKey(), weight);
    }

    static List<AffinityTerm> ofAll(Pod owner, List<PodAffinityTerm> terms) {
        return terms.stream().map(t -> of(owner, t, 1)).toList();
    }

    /** Whether the term selects the pod: its namespace is covered and its labels match. */
    boolean matches(Pod pod, ClusterLister lister) {
        String ns = pod.getMetadata().getNamespace();
        boolean nsMatch = namespaces.contains(ns);
        if (!nsMatch && namespaceSelector != null) {
            nsMatch = namespaceSelector.isEmpty() || lister.namespace(ns)
                    .map(n -> namespaceSelector.matches(labels(n.getMetadata().getLabels()))).orElse(false);
        }
        return nsMatch && selector.matches(labels(pod.getMetadata().getLabels()));
    }

    static Map<String, String> labels(Map<String, String> labels) {
        return labels == null ? Map.of() : labels;
    }
}
