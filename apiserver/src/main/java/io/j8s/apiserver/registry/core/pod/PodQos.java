package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apiserver.registry.core.ResourceValidation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod's quality-of-service class, as Kubernetes' {@code qos.GetPodQOS}: BestEffort without any
 * cpu or memory request or limit, Guaranteed when every container limits both and requests equal
 * limits, Burstable otherwise.
 */
final class PodQos {

    private PodQos() {}

    private static final List<String> COMPUTE = List.of("cpu", "memory");

    static String of(JsonNode spec) {
        Map<String, BigDecimal> requests = new HashMap<>();
        Map<String, BigDecimal> limits = new HashMap<>();
        boolean guaranteed = true;
        for (JsonNode c : PodSpecDefaults.allContainers(spec)) {
            JsonNode resources = c.path("resources");
            add(resources.path("requests"), requests, new HashSet<>());
            Set<String> limited = new HashSet<>();
            add(resources.path("limits"), limits, limited);
            if (!limited.containsAll(COMPUTE)) {
                guaranteed = false;
            }
        }
        if (requests.isEmpty() && limits.isEmpty()) {
            return "BestEffort";
        }
        if (guaranteed) {
            for (Map.Entry<String, BigDecimal> r : requests.entrySet()) {
                BigDecimal l = limits.get(r.getKey());
                if (l == null || l.compareTo(r.getValue()) != 0) {
                    guaranteed = false;
                }
            }
        }
        return guaranteed && requests.size() == limits.size() ? "Guaranteed" : "Burstable";
    }

    private static void add(JsonNode quantities, Map<String, BigDecimal> sums, Set<String> found) {
        for (String name : COMPUTE) {
            BigDecimal q = quantities.has(name) ? ResourceValidation.quantity(quantities.get(name)) : null;
            if (q != null && q.signum() > 0) {
                sums.merge(name, q, BigDecimal::add);
                found.add(name);
            }
        }
    }
}
