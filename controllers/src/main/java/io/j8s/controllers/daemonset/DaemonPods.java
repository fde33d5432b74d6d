package io.j8s.controllers.daemonset;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.NodeSelectorTermBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.j8s.controllers.base.OwnerReferences;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Making and reading daemon pods: the template hash, the pod pinned to its node, and the node a pod is for. */
public final class DaemonPods {

    private DaemonPods() {
    }

    /** A short stable hash of the DaemonSet's pod template (FNV-1a over its JSON), as a label value. */
    public static String templateHash(DaemonSet ds) {
        byte[] json = Serialization.asJson(ds.getSpec().getTemplate()).getBytes(StandardCharsets.UTF_8);
        long h = 0xcbf29ce484222325L;
        for (byte b : json) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return Long.toHexString(h & 0xffffffffffL);
    }

    /**
     * The node a daemon pod is for: its {@code spec.nodeName} once bound, else the {@code metadata.name} of its
     * required node affinity; null if neither.
     */
    public static String nodeOf(Pod pod) {
        if (pod.getSpec().getNodeName() != null && !pod.getSpec().getNodeName().isEmpty()) {
            return pod.getSpec().getNodeName();
        }
        Affinity a = pod.getSpec().getAffinity();
        if (a == null || a.getNodeAffinity() == null
                || a.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null) {
            return null;
        }
        for (NodeSelectorTerm t : a.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms()) {
            if (t.getMatchFields() == null) {
                continue;
            }
            for (var f : t.getMatchFields()) {
                if ("metadata.name".equals(f.getKey()) && "In".equals(f.getOperator()) && f.getValues() != null
                        && f.getValues().size() == 1) {
                    return f.getValues().get(0);
                }
            }
        }
        return null;
    }

    /**
     * A new pod from {@code ds}'s template for {@code node}: the hash label, a controller reference, the default
     * daemon tolerations, and required node affinity replaced by {@code metadata.name In [node]}.
     */
    public static Pod newPod(DaemonSet ds, String node, String hash) {
        var template = ds.getSpec().getTemplate();
        Map<String, String> labels = new HashMap<>();
        if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
            labels.putAll(template.getMetadata().getLabels());
        }
        labels.put(DaemonPlan.HASH_LABEL, hash);
        NodeSelectorTerm pin = new NodeSelectorTermBuilder().withMatchFields(new NodeSelectorRequirementBuilder()
                .withKey("metadata.name").withOperator("In").withValues(node).build()).build();
        Affinity affinity = template.getSpec().getAffinity() == null ? new Affinity()
                : new AffinityBuilder(template.getSpec().getAffinity()).build();
        NodeAffinity nodeAffinity = affinity.getNodeAffinity() == null ? new NodeAffinity() : affinity.getNodeAffinity();
        nodeAffinity.setRequiredDuringSchedulingIgnoredDuringExecution(
                new io.fabric8.kubernetes.api.model.NodeSelector(List.of(pin)));
        affinity.setNodeAffinity(nodeAffinity);
        return new PodBuilder()
                .withNewMetadata()
                    .withGenerateName(ds.getMetadata().getName() + "-")
                    .withNamespace(ds.getMetadata().getNamespace())
                    .withLabels(labels)
                    .withAnnotations(template.getMetadata() == null ? null : template.getMetadata().getAnnotations())
                    .withOwnerReferences(OwnerReferences.newControllerRef(ds))
                .endMetadata()
                .withSpec(template.getSpec())
                .editSpec()
                    .withAffinity(affinity)
                    .withTolerations(NodeEligibility.withDefaultTolerations(template.getSpec().getTolerations()))
                .endSpec()
                .build();
    }
}
