package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import java.util.List;

/**
 * A pod with what the scheduler derives from it once: requests and affinity terms.
 * Immutable; the pod object must not be changed after construction.
 */
public record PodInfo(Pod pod, Resource requests, Resource nonZeroRequests,
                      List<PodAffinityTerm> requiredAffinity, List<PodAffinityTerm> requiredAntiAffinity,
                      List<WeightedPodAffinityTerm> preferredAffinity,
                      List<WeightedPodAffinityTerm> preferredAntiAffinity) {

    public static PodInfo of(Pod pod) {
        Affinity a = pod.getSpec().getAffinity();
        var pa = a == null ? null : a.getPodAffinity();
        var paa = a == null ? null : a.getPodAntiAffinity();
        return new PodInfo(pod, PodRequests.of(pod), PodRequests.nonZero(pod),
                pa == null ? List.of() : List.copyOf(pa.getRequiredDuringSchedulingIgnoredDuringExecution()),
                paa == null ? List.of() : List.copyOf(paa.getRequiredDuringSchedulingIgnoredDuringExecution()),
                pa == null ? List.of() : List.copyOf(pa.getPreferredDuringSchedulingIgnoredDuringExecution()),
                paa == null ? List.of() : List.copyOf(paa.getPreferredDuringSchedulingIgnoredDuringExecution()));
    }

    public String key() {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    public String uid() {
        return pod.getMetadata().getUid();
    }

    public boolean hasAffinity() {
        return !requiredAffinity.isEmpty() || !requiredAntiAffinity.isEmpty()
                || !preferredAffinity.isEmpty() || !preferredAntiAffinity.isEmpty();
    }

    public boolean hasRequiredAntiAffinity() {
        return !requiredAntiAffinity.isEmpty();
    }
}
