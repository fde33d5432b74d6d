package io.j8s.apiserver.registry.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.core.Defaulting;
import java.util.List;

/**
 * Carries values the server allocated (cluster IPs, IP families, node ports, the health-check node
 * port) from the old service to an update that omits them, as Kubernetes' {@code patchAllocatedValues}
 * does, so a {@code kubectl replace} of a manifest without a clusterIP is not a change of it.
 */
final class ServiceAllocatedValues {

    private ServiceAllocatedValues() {}

    static void keep(ObjectNode obj, ObjectNode old) {
        ObjectNode spec = Defaulting.existing(obj, "spec");
        JsonNode oldSpec = old.path("spec");
        if (spec == null || spec.path("type").asText().equals("ExternalName")) {
            return;
        }
        if (spec.path("clusterIP").asText("").isEmpty() && !oldSpec.path("clusterIP").asText("").isEmpty()) {
            spec.set("clusterIP", oldSpec.get("clusterIP"));
        }
        if (spec.path("clusterIPs").isEmpty() && !oldSpec.path("clusterIPs").isEmpty()
                && spec.path("clusterIP").asText().equals(oldSpec.path("clusterIP").asText())) {
            spec.set("clusterIPs", oldSpec.get("clusterIPs").deepCopy());
        }
        for (String f : List.of("ipFamilies", "ipFamilyPolicy")) {
            if (!spec.hasNonNull(f) && oldSpec.hasNonNull(f)) {
                spec.set(f, oldSpec.get(f).deepCopy());
            }
        }
        String type = spec.path("type").asText();
        if (type.equals("NodePort") || type.equals("LoadBalancer")) {
            for (ObjectNode port : Defaulting.objects(spec, "ports")) {
                if (port.path("nodePort").asLong(0) != 0) {
                    continue;
                }
                for (JsonNode oldPort : oldSpec.path("ports")) {
                    if (oldPort.path("port").asLong() == port.path("port").asLong()
                            && oldPort.path("protocol").asText("TCP").equals(port.path("protocol").asText("TCP"))
                            && oldPort.path("nodePort").asLong(0) != 0) {
                        port.put("nodePort", oldPort.path("nodePort").asLong());
                    }
                }
            }
        }
        if (type.equals("LoadBalancer") && spec.path("externalTrafficPolicy").asText().equals("Local")
                && spec.path("healthCheckNodePort").asLong(0) == 0 && oldSpec.path("healthCheckNodePort").asLong(0) != 0) {
            spec.put("healthCheckNodePort", oldSpec.path("healthCheckNodePort").asLong());
        }
    }
}
