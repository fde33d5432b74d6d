package io.j8s.scheduler.plugins;

import io.j8s.scheduler.framework.PluginRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/** The in-tree plugins by name, and Kubernetes' default multiPoint set with its score weights. */
public final class InTreePlugins {

    private InTreePlugins() {
    }

    /** A fresh registry holding every in-tree plugin; add yours with {@link PluginRegistry#register}. */
    public static PluginRegistry registry() {
        return new PluginRegistry()
                .register(PrioritySort.NAME, (args, h) -> new PrioritySort())
                .register(NodeUnschedulable.NAME, (args, h) -> new NodeUnschedulable())
                .register(NodeName.NAME, (args, h) -> new NodeName())
                .register(TaintToleration.NAME, (args, h) -> new TaintToleration())
                .register(NodeAffinity.NAME, (args, h) -> new NodeAffinity())
                .register(NodePorts.NAME, (args, h) -> new NodePorts())
                .register(NodeResourcesFit.NAME, (args, h) -> NodeResourcesFit.fromArgs(args))
                .register(VolumeBinding.NAME, (args, h) -> new VolumeBinding(h))
                .register(PodTopologySpread.NAME, (args, h) -> new PodTopologySpread(h))
                .register(InterPodAffinity.NAME, (args, h) -> new InterPodAffinity(h))
                .register(DefaultPreemption.NAME, (args, h) -> new DefaultPreemption(h))
                .register(NodeResourcesBalancedAllocation.NAME, (args, h) -> new NodeResourcesBalancedAllocation())
                .register(ImageLocality.NAME, (args, h) -> new ImageLocality(h))
                .register(DefaultBinder.NAME, (args, h) -> new DefaultBinder(h));
    }

    /** Kubernetes v1's default multiPoint plugins in order, with score weights (0 for non-score plugins). */
    public static Map<String, Integer> defaultMultiPoint() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(PrioritySort.NAME, 0);
        m.put(NodeUnschedulable.NAME, 0);
        m.put(NodeName.NAME, 0);
        m.put(TaintToleration.NAME, 3);
        m.put(NodeAffinity.NAME, 2);
        m.put(NodePorts.NAME, 0);
        m.put(NodeResourcesFit.NAME, 1);
        m.put(VolumeBinding.NAME, 0);
        m.put(PodTopologySpread.NAME, 2);
        m.put(InterPodAffinity.NAME, 2);
        m.put(DefaultPreemption.NAME, 0);
        m.put(NodeResourcesBalancedAllocation.NAME, 1);
        m.put(ImageLocality.NAME, 1);
        m.put(DefaultBinder.NAME, 0);
        return m;
    }
}
