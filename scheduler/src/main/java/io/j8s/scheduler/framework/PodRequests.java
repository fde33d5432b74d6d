package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;

/** What a pod asks of a node, computed as Kubernetes' resource.PodRequests does. */
public final class PodRequests {

    /** Requests assumed for scoring when a container states none: 100m cpu, 200Mi memory. */
    public static final long DEFAULT_MILLI_CPU = 100;
    public static final long DEFAULT_MEMORY = 200L * 1024 * 1024;

    private PodRequests() {
    }

    /**
     * The larger of the sum of app (and restartable init) containers' requests and each init
     * container's request, plus the pod overhead.
     */
    public static Resource of(Pod pod) {
        return compute(pod, false);
    }

    /** Like {@link #of} but a container without a cpu or memory request counts the defaults. */
    public static Resource nonZero(Pod pod) {
        return compute(pod, true);
    }

    private static Resource compute(Pod pod, boolean nonZero) {
        Resource sum = new Resource();
        var spec = pod.getSpec();
        for (Container c : spec.getContainers()) {
            sum.add(containerRequests(c, nonZero));
        }
        Resource restartableSum = new Resource();
        Resource initMax = new Resource();
        for (Container c : spec.getInitContainers()) {
            Resource r = containerRequests(c, nonZero);
            if ("Always".equals(c.getRestartPolicy())) {
                // sidecars keep running beside app containers, so they add up.
                sum.add(r);
                restartableSum.add(r);
            } else {
                Resource tmp = r.copy();
                tmp.add(restartableSum);
                initMax.setMax(tmp);
            }
        }
        sum.setMax(initMax);
        if (spec.getOverhead() != null) {
            sum.add(Resource.of(spec.getOverhead()));
        }
        return sum;
    }

    private static Resource containerRequests(Container c, boolean nonZero) {
        var resources = c.getResources();
        var requests = resources == null ? null : resources.getRequests();
        if ((requests == null || requests.isEmpty()) && resources != null) {
            // limits default requests when only limits are given (as the API server's defaulting does)
            requests = resources.getLimits();
        }
        Resource r = Resource.of(requests);
        if (nonZero) {
            if (requests == null || !requests.containsKey(Resource.CPU)) {
                r.setMilliCpu(DEFAULT_MILLI_CPU);
            }
            if (requests == null || !requests.containsKey(Resource.MEMORY)) {
                r.setMemory(DEFAULT_MEMORY);
            }
        }
        return r;
    }
}
