package io.j8s.controllers.endpoint;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** How Services select pods and map their ports: the rules shared by the Endpoints and EndpointSlice controllers. */
public final class ServicePods {

    private ServicePods() {
    }

    /** Whether {@code svc} has a non-empty selector: only such services get managed endpoints. */
    public static boolean hasSelector(Service svc) {
        return svc.getSpec() != null && svc.getSpec().getSelector() != null && !svc.getSpec().getSelector().isEmpty();
    }

    /** Whether {@code pod} is selected by {@code svc} (same namespace, every selector label equal). */
    public static boolean selects(Service svc, Pod pod) {
        if (!hasSelector(svc) || !svc.getMetadata().getNamespace().equals(pod.getMetadata().getNamespace())) {
            return false;
        }
        Map<String, String> labels = pod.getMetadata().getLabels() == null ? Map.of() : pod.getMetadata().getLabels();
        return svc.getSpec().getSelector().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** Pods with an IP that are not terminal (Succeeded/Failed) can be endpoints. */
    public static boolean eligible(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getPodIP() == null || pod.getStatus().getPodIP().isEmpty()) {
            return false;
        }
        String phase = pod.getStatus().getPhase();
        return !"Succeeded".equals(phase) && !"Failed".equals(phase);
    }

    /** Whether the pod's Ready condition is True. */
    public static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions()
                .stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    public static boolean terminating(Pod pod) {
        return pod.getMetadata().getDeletionTimestamp() != null;
    }

    public static boolean publishNotReady(Service svc) {
        return Boolean.TRUE.equals(svc.getSpec().getPublishNotReadyAddresses());
    }

    /**
     * The port on {@code pod} that {@code port}'s targetPort names: the number itself, a container port of that name,
     * or the service port when targetPort is unset; empty when a named port is not found on the pod.
     */
    public static OptionalInt targetPort(ServicePort port, Pod pod) {
        IntOrString target = port.getTargetPort();
        if (target == null || (target.getIntVal() == null && target.getStrVal() == null)) {
            return OptionalInt.of(port.getPort());
        }
        if (target.getIntVal() != null) {
            return OptionalInt.of(target.getIntVal());
        }
        String name = target.getStrVal();
        String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
        Optional<ContainerPort> found = pod.getSpec().getContainers().stream()
                .flatMap(c -> c.getPorts() == null ? java.util.stream.Stream.empty() : c.getPorts().stream())
                .filter(p -> name.equals(p.getName())
                        && protocol.equals(p.getProtocol() == null ? "TCP" : p.getProtocol()))
                .findFirst();
        return found.map(p -> OptionalInt.of(p.getContainerPort())).orElse(OptionalInt.empty());
    }

    /** The pod hostname published for {@code svc}: set when the pod's subdomain is the service's name. */
    public static String hostname(Service svc, Pod pod) {
        String hostname = pod.getSpec().getHostname();
        return hostname != null && !hostname.isEmpty() && svc.getMetadata().getName().equals(pod.getSpec().getSubdomain())
                ? hostname : null;
    }

    public static ObjectReference targetRef(Pod pod) {
        return new ObjectReferenceBuilder().withKind("Pod").withNamespace(pod.getMetadata().getNamespace())
                .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid()).build();
    }

    /** Whether {@code svc} is headless (clusterIP None). */
    public static boolean headless(Service svc) {
        return "None".equals(svc.getSpec().getClusterIP());
    }
}
