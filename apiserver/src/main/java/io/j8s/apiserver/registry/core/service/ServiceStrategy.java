package io.j8s.apiserver.registry.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Services, as Kubernetes' {@code pkg/registry/core/service/strategy.go} with {@code SetDefaults_Service}:
 * type ClusterIP, sessionAffinity None, ports TCP with targetPort = port, traffic policies Cluster;
 * validation of ports, types and IPs; allocated values (cluster IPs, node ports) kept across
 * updates that omit them, and a set cluster IP never changing.
 */
public final class ServiceStrategy implements Strategy {

    private static final FieldPath SPEC = FieldPath.root("spec");

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        if (spec == null) {
            return;
        }
        Defaulting.text(spec, "sessionAffinity", "None");
        Defaulting.text(spec, "type", "ClusterIP");
        String type = spec.path("type").asText();
        if (spec.path("sessionAffinity").asText().equals("ClientIP")) {
            ObjectNode clientIP = Defaulting.object(Defaulting.object(spec, "sessionAffinityConfig"), "clientIP");
            if (clientIP != null) {
                Defaulting.number(clientIP, "timeoutSeconds", 10800);
            }
        }
        for (ObjectNode port : Defaulting.objects(spec, "ports")) {
            Defaulting.text(port, "protocol", "TCP");
            JsonNode target = port.get("targetPort");
            if (target == null || target.isNull() || (target.isNumber() && target.asLong() == 0)
                    || (target.isTextual() && target.asText().isEmpty())) {
                if (port.has("port")) {
                    port.set("targetPort", port.get("port"));
                }
            }
        }
        if (type.equals("NodePort") || type.equals("LoadBalancer")) {
            Defaulting.text(spec, "externalTrafficPolicy", "Cluster");
        }
        if (!type.equals("ExternalName")) {
            Defaulting.text(spec, "internalTrafficPolicy", "Cluster");
        }
        if (type.equals("LoadBalancer")) {
            Defaulting.bool(spec, "allocateLoadBalancerNodePorts", true);
        }
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.putObject("status").putObject("loadBalancer");
    }

    @Override
    public void prepareForUpdate(ObjectNode obj, ObjectNode old) {
        ServiceAllocatedValues.keep(obj, old);
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        return ServiceValidation.validate(obj.path("spec"), SPEC);
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>(validate(obj));
        errs.addAll(clusterIPsUnchanged(obj.path("spec"), old.path("spec")));
        return errs;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode ingress : obj.path("status").path("loadBalancer").path("ingress")) {
            FieldPath at = FieldPath.of("status", "loadBalancer", "ingress").index(i++);
            String ip = ingress.path("ip").asText("");
            if (!ip.isEmpty()) {
                Formats.isValidIP(ip).forEach(msg -> errs.add(FieldError.invalid(at.child("ip").path(), ip, msg)));
            }
            String hostname = ingress.path("hostname").asText("");
            if (!hostname.isEmpty()) {
                Formats.isDNS1123Subdomain(hostname).forEach(msg -> errs.add(FieldError.invalid(at.child("hostname").path(), hostname, msg)));
                if (Formats.isIP(hostname)) {
                    errs.add(FieldError.invalid(at.child("hostname").path(), hostname, "must be a DNS name, not an IP address"));
                }
            }
        }
        return errs;
    }

    /** The primary cluster IP may not change once set, as Kubernetes' {@code validateUpgradeDowngradeClusterIPs}. */
    private static List<FieldError> clusterIPsUnchanged(JsonNode spec, JsonNode oldSpec) {
        if (spec.path("type").asText().equals("ExternalName") || oldSpec.path("type").asText().equals("ExternalName")) {
            return List.of();
        }
        List<String> now = texts(spec.path("clusterIPs"));
        List<String> before = texts(oldSpec.path("clusterIPs"));
        boolean headless = !now.isEmpty() && now.get(0).equals("None");
        boolean wasHeadless = !before.isEmpty() && before.get(0).equals("None");
        if (headless && wasHeadless) {
            return List.of();
        }
        List<FieldError> errs = new ArrayList<>();
        FieldPath path = SPEC.child("clusterIPs");
        JsonStrings shown = new JsonStrings(now);
        if (now.size() == before.size()) {
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(now.get(i))) {
                    errs.add(FieldError.invalid(path.index(i).path(), shown, "may not change once set"));
                }
            }
        } else if (before.size() > now.size()) {
            if (now.isEmpty()) {
                errs.add(FieldError.invalid(path.index(0).path(), shown, "primary clusterIP can not be unset"));
            } else if (!now.get(0).equals(before.get(0))) {
                errs.add(FieldError.invalid(path.index(0).path(), shown, "may not change once set"));
            }
        } else if (!before.isEmpty() && !now.get(0).equals(before.get(0))) {
            errs.add(FieldError.invalid(path.index(0).path(), shown, "may not change once set"));
        }
        return errs;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A list of strings shown as Kubernetes shows a bad value of a list: JSON, {@code ["10.96.0.10"]}. */
    record JsonStrings(List<String> values) {
        @Override
        public String toString() {
            return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
        }
    }
}
