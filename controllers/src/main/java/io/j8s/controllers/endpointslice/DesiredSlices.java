package io.j8s.controllers.endpointslice;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointPort;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointPortBuilder;
import io.j8s.controllers.endpoint.ServicePods;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The endpoints a Service's slices should hold, grouped by resolved port list. Unlike Endpoints, terminating pods
 * stay in slices with {@code terminating=true} so that consumers can drain them. Pure.
 */
public final class DesiredSlices {

    /** Kubernetes' default --max-endpoints-per-slice. */
    public static final int MAX_ENDPOINTS_PER_SLICE = 100;

    private DesiredSlices() {
    }

    /** Endpoints per port list, each list sorted by address; chunks of at most {@link #MAX_ENDPOINTS_PER_SLICE}. */
    public static Map<List<EndpointPort>, List<List<Endpoint>>> compute(Service svc, List<Pod> pods) {
        Map<List<EndpointPort>, List<Endpoint>> groups = new LinkedHashMap<>();
        boolean publish = ServicePods.publishNotReady(svc);
        for (Pod pod : pods) {
            if (!ServicePods.selects(svc, pod) || !ServicePods.eligible(pod)) {
                continue;
            }
            List<EndpointPort> ports = ports(svc, pod);
            boolean terminating = ServicePods.terminating(pod);
            boolean serving = ServicePods.ready(pod);
            Endpoint endpoint = new EndpointBuilder().withAddresses(pod.getStatus().getPodIP())
                    .withNewConditions().withReady((serving && !terminating) || publish).withServing(serving || publish)
                    .withTerminating(terminating).endConditions()
                    .withNodeName(pod.getSpec().getNodeName()).withHostname(ServicePods.hostname(svc, pod))
                    .withTargetRef(ServicePods.targetRef(pod)).build();
            groups.computeIfAbsent(ports, p -> new ArrayList<>()).add(endpoint);
        }
        Map<List<EndpointPort>, List<List<Endpoint>>> out = new LinkedHashMap<>();
        groups.forEach((ports, endpoints) -> {
            List<Endpoint> sorted = endpoints.stream().sorted(Comparator.comparing(e -> e.getAddresses().get(0))).toList();
            List<List<Endpoint>> chunks = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i += MAX_ENDPOINTS_PER_SLICE) {
                chunks.add(sorted.subList(i, Math.min(sorted.size(), i + MAX_ENDPOINTS_PER_SLICE)));
            }
            out.put(ports, chunks);
        });
        return out;
    }

    static List<EndpointPort> ports(Service svc, Pod pod) {
        List<EndpointPort> out = new ArrayList<>();
        if (svc.getSpec().getPorts() == null) {
            return out;
        }
        for (ServicePort sp : svc.getSpec().getPorts()) {
            OptionalInt port = ServicePods.targetPort(sp, pod);
            if (port.isPresent()) {
                out.add(new EndpointPortBuilder().withName(sp.getName() == null ? "" : sp.getName())
                        .withPort(port.getAsInt()).withProtocol(sp.getProtocol() == null ? "TCP" : sp.getProtocol())
                        .withAppProtocol(sp.getAppProtocol()).build());
            }
        }
        return out;
    }
}
