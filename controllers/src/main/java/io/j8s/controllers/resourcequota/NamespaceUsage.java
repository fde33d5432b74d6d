package io.j8s.controllers.resourcequota;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.j8s.apimachinery.quantity.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * What one namespace consumes, by quota resource name. {@code objects} holds the namespace's objects per
 * {@code count/<resource>} name (e.g. {@code count/pods}, {@code count/deployments.apps}). Pure.
 */
record NamespaceUsage(Map<String, List<? extends HasMetadata>> objects) {

    /** Usage of every resource named in {@code hard}; names this controller cannot count are left out. */
    Map<String, Quantity> used(Iterable<String> hard) {
        Map<String, Quantity> used = new TreeMap<>();
        for (String resource : hard) {
            usage(resource).ifPresent(q -> used.put(resource, q));
        }
        return used;
    }

    Optional<Quantity> usage(String resource) {
        return switch (resource) {
            case "pods", "count/pods" -> Optional.of(count(pods().stream().filter(PodUsage::nonTerminal).count()));
            case "services" -> count("count/services");
            case "configmaps" -> count("count/configmaps");
            case "secrets" -> count("count/secrets");
            case "persistentvolumeclaims" -> count("count/persistentvolumeclaims");
            case "replicationcontrollers" -> count("count/replicationcontrollers");
            case "resourcequotas" -> count("count/resourcequotas");
            case "services.loadbalancers" -> Optional.of(count(services(s -> "LoadBalancer".equals(s.getSpec().getType()) ? 1 : 0)));
            case "services.nodeports" -> Optional.of(count(services(NamespaceUsage::nodePorts)));
            case "requests.cpu", "cpu" -> Optional.of(sum(p -> PodUsage.requests(p, "cpu")));
            case "requests.memory", "memory" -> Optional.of(sum(p -> PodUsage.requests(p, "memory")));
            case "limits.cpu" -> Optional.of(sum(p -> PodUsage.limits(p, "cpu")));
            case "limits.memory" -> Optional.of(sum(p -> PodUsage.limits(p, "memory")));
            case "requests.storage" -> Optional.of(storage());
            default -> resource.startsWith("count/") ? count(resource) : Optional.empty();
        };
    }

    private Optional<Quantity> count(String countName) {
        List<? extends HasMetadata> list = objects.get(countName);
        return list == null ? Optional.empty() : Optional.of(count(list.size()));
    }

    private static Quantity count(long n) {
        return Quantity.of(n, Quantity.Format.DECIMAL_SI);
    }

    @SuppressWarnings("unchecked")
    private List<Pod> pods() {
        return (List<Pod>) objects.getOrDefault("count/pods", List.of());
    }

    private Quantity sum(java.util.function.Function<Pod, Quantity> of) {
        Quantity total = Quantity.ZERO;
        for (Pod p : pods()) {
            if (PodUsage.nonTerminal(p)) {
                total = total.add(of.apply(p));
            }
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private long services(ToIntFunction<Service> each) {
        List<Service> services = (List<Service>) objects.getOrDefault("count/services", List.of());
        return services.stream().filter(s -> s.getSpec() != null).mapToInt(each).sum();
    }

    private static int nodePorts(Service s) {
        if (!"NodePort".equals(s.getSpec().getType()) && !"LoadBalancer".equals(s.getSpec().getType())) {
            return 0;
        }
        return s.getSpec().getPorts() == null ? 0 : s.getSpec().getPorts().size();
    }

    @SuppressWarnings("unchecked")
    private Quantity storage() {
        Quantity total = Quantity.ZERO;
        for (PersistentVolumeClaim c : (List<PersistentVolumeClaim>) objects.getOrDefault("count/persistentvolumeclaims", List.of())) {
            if (c.getSpec() != null && c.getSpec().getResources() != null && c.getSpec().getResources().getRequests() != null
                    && c.getSpec().getResources().getRequests().containsKey("storage")) {
                total = total.add(Quantity.of(c.getSpec().getResources().getRequests().get("storage")));
            }
        }
        return total;
    }
}
