package io.j8s.controllers.resourcequota;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.j8s.apimachinery.quantity.Quantity;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A pod's effective requests and limits as quota counts them: the larger of the containers' sum and the largest
 * init container, plus the pod overhead, as Kubernetes' {@code PodRequests}/{@code PodLimits}. Pure.
 */
final class PodUsage {

    private PodUsage() {
    }

    /** True unless the pod has Succeeded or Failed: only those count against quota. */
    static boolean nonTerminal(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return !"Succeeded".equals(phase) && !"Failed".equals(phase);
    }

    static Quantity requests(Pod pod, String resource) {
        return effective(pod, resource, ResourceRequirements::getRequests);
    }

    static Quantity limits(Pod pod, String resource) {
        return effective(pod, resource, ResourceRequirements::getLimits);
    }

    private static Quantity effective(Pod pod, String resource,
            Function<ResourceRequirements, Map<String, io.fabric8.kubernetes.api.model.Quantity>> side) {
        if (pod.getSpec() == null) {
            return Quantity.ZERO;
        }
        Quantity sum = Quantity.ZERO;
        for (Container c : orEmpty(pod.getSpec().getContainers())) {
            sum = sum.add(of(c, resource, side));
        }
        Quantity init = Quantity.ZERO;
        for (Container c : orEmpty(pod.getSpec().getInitContainers())) {
            Quantity q = of(c, resource, side);
            init = q.compareTo(init) > 0 ? q : init;
        }
        Quantity total = init.compareTo(sum) > 0 ? init : sum;
        var overhead = pod.getSpec().getOverhead();
        if (overhead != null && overhead.containsKey(resource) && !total.isZero()) {
            total = total.add(Quantity.of(overhead.get(resource)));
        }
        return total;
    }

    private static Quantity of(Container c, String resource,
            Function<ResourceRequirements, Map<String, io.fabric8.kubernetes.api.model.Quantity>> side) {
        if (c.getResources() == null) {
            return Quantity.ZERO;
        }
        Map<String, io.fabric8.kubernetes.api.model.Quantity> values = side.apply(c.getResources());
        return values == null || !values.containsKey(resource) ? Quantity.ZERO : Quantity.of(values.get(resource));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
