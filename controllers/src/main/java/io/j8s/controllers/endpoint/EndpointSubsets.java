package io.j8s.controllers.endpoint;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointAddressBuilder;
import io.fabric8.kubernetes.api.model.EndpointPort;
import io.fabric8.kubernetes.api.model.EndpointPortBuilder;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.EndpointSubsetBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Computes the subsets of a Service's Endpoints from its pods: pods grouped by their resolved port list (as
 * Kubernetes' RepackSubsets does), addresses split into ready and not-ready and sorted by IP. Pure.
 */
public final class EndpointSubsets {

    private EndpointSubsets() {
    }

    public static List<EndpointSubset> compute(Service svc, List<Pod> pods) {
        Map<List<EndpointPort>, List<EndpointAddress>[]> groups = new LinkedHashMap<>();
        for (Pod pod : pods) {
            if (!ServicePods.selects(svc, pod) || !ServicePods.eligible(pod)) {
                continue;
            }
            boolean publish = ServicePods.publishNotReady(svc);
            if (ServicePods.terminating(pod) && !publish) {
                continue;
            }
            List<EndpointPort> ports = ports(svc, pod);
            if (ports.isEmpty() && !(svc.getSpec().getPorts() == null || svc.getSpec().getPorts().isEmpty())) {
                continue; // no service port resolves on this pod
            }
            @SuppressWarnings("unchecked")
            List<EndpointAddress>[] split = groups.computeIfAbsent(ports, p -> new List[] {new ArrayList<>(), new ArrayList<>()});
            EndpointAddress address = new EndpointAddressBuilder().withIp(pod.getStatus().getPodIP())
                    .withNodeName(pod.getSpec().getNodeName()).withHostname(ServicePods.hostname(svc, pod))
                    .withTargetRef(ServicePods.targetRef(pod)).build();
            split[publish || ServicePods.ready(pod) ? 0 : 1].add(address);
        }
        List<EndpointSubset> subsets = new ArrayList<>();
        groups.forEach((ports, split) -> {
            EndpointSubsetBuilder b = new EndpointSubsetBuilder().withPorts(ports);
            if (!split[0].isEmpty()) {
                b.withAddresses(sorted(split[0]));
            }
            if (!split[1].isEmpty()) {
                b.withNotReadyAddresses(sorted(split[1]));
            }
            subsets.add(b.build());
        });
        return subsets;
    }

    private static List<EndpointAddress> sorted(List<EndpointAddress> in) {
        return in.stream().sorted(Comparator.comparing(EndpointAddress::getIp)).toList();
    }

    /** The service's ports resolved on {@code pod}; ports whose named target the pod lacks are left out. */
    static List<EndpointPort> ports(Service svc, Pod pod) {
        List<EndpointPort> out = new ArrayList<>();
        if (svc.getSpec().getPorts() == null) {
            return out;
        }
        for (ServicePort sp : svc.getSpec().getPorts()) {
            OptionalInt port = ServicePods.targetPort(sp, pod);
            if (port.isPresent()) {
                out.add(new EndpointPortBuilder().withName(sp.getName()).withPort(port.getAsInt())
                        .withProtocol(sp.getProtocol() == null ? "TCP" : sp.getProtocol())
                        .withAppProtocol(sp.getAppProtocol()).build());
            }
        }
        return out;
    }
}
