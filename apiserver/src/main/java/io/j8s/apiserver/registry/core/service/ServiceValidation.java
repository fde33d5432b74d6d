package io.j8s.apiserver.registry.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A service spec's rules, as Kubernetes' {@code ValidateService}. */
final class ServiceValidation {

    private ServiceValidation() {}

    static final List<String> TYPES = List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");
    private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    private static final List<String> TRAFFIC_POLICIES = List.of("Cluster", "Local");
    private static final int MAX_CLIENT_IP_AFFINITY_SECONDS = 86400;

    static List<FieldError> validate(JsonNode spec, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        String type = spec.path("type").asText("");
        List<String> clusterIPs = ServiceStrategy.texts(spec.path("clusterIPs"));
        String clusterIP = spec.path("clusterIP").asText("");
        boolean headless = clusterIP.equals("None");
        if (!TYPES.contains(type)) {
            errs.add(type.isEmpty() ? FieldError.required(path.child("type").path(), "")
                    : FieldError.notSupported(path.child("type").path(), type, TYPES));
        }
        if (type.equals("ExternalName")) {
            if (!clusterIPs.isEmpty() || !clusterIP.isEmpty()) {
                errs.add(FieldError.forbidden(path.child("clusterIPs").path(), "may not be set for ExternalName services"));
            }
            String cname = spec.path("externalName").asText("");
            cname = cname.endsWith(".") ? cname.substring(0, cname.length() - 1) : cname;
            if (cname.isEmpty()) {
                errs.add(FieldError.required(path.child("externalName").path(), ""));
            } else {
                String shown = cname;
                Formats.isDNS1123Subdomain(cname).forEach(msg -> errs.add(FieldError.invalid(path.child("externalName").path(), shown, msg)));
            }
        }
        if (headless && (type.equals("NodePort") || type.equals("LoadBalancer"))) {
            errs.add(FieldError.invalid(path.child("clusterIPs").index(0).path(), "None",
                    "may not be set to 'None' for " + type + " services"));
        }
        JsonNode ports = spec.path("ports");
        if (ports.isEmpty() && !headless && !type.equals("ExternalName")) {
            errs.add(FieldError.required(path.child("ports").path(), ""));
        }
        errs.addAll(ports(ports, path.child("ports"), type));
        errs.addAll(ObjectMetaValidation.validateLabels(spec.path("selector"), path.child("selector")));
        errs.addAll(clusterIPs(clusterIP, clusterIPs, path));
        int i = 0;
        for (JsonNode ip : spec.path("externalIPs")) {
            FieldPath at = path.child("externalIPs").index(i++);
            Formats.isValidIP(ip.asText("")).forEach(msg -> errs.add(FieldError.invalid(at.path(), ip.asText(""), msg)));
        }
        errs.addAll(sessionAffinity(spec, path));
        errs.addAll(trafficPolicies(spec, path, type));
        if (!type.equals("LoadBalancer") && spec.hasNonNull("allocateLoadBalancerNodePorts")) {
            errs.add(FieldError.forbidden(path.child("allocateLoadBalancerNodePorts").path(),
                    "may only be used when `type` is 'LoadBalancer'"));
        }
        if (!type.equals("LoadBalancer") && spec.hasNonNull("loadBalancerClass")) {
            errs.add(FieldError.forbidden(path.child("loadBalancerClass").path(), "may only be used when `type` is 'LoadBalancer'"));
        }
        return errs;
    }

    private static List<FieldError> ports(JsonNode ports, FieldPath path, String type) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> portKeys = new HashSet<>();
        Set<String> nodePorts = new HashSet<>();
        boolean requireName = ports.size() > 1;
        int i = 0;
        for (JsonNode p : ports) {
            FieldPath at = path.index(i++);
            String name = p.path("name").asText("");
            if (requireName && name.isEmpty()) {
                errs.add(FieldError.required(at.child("name").path(), ""));
            } else if (!name.isEmpty()) {
                Formats.isDNS1123Label(name).forEach(msg -> errs.add(FieldError.invalid(at.child("name").path(), name, msg)));
                if (!names.add(name)) {
                    errs.add(FieldError.duplicate(at.child("name").path(), name));
                }
            }
            long port = p.path("port").asLong(0);
            Formats.isValidPortNum(port).forEach(msg -> errs.add(FieldError.invalid(at.child("port").path(), port, msg)));
            String protocol = p.path("protocol").asText("");
            if (protocol.isEmpty()) {
                errs.add(FieldError.required(at.child("protocol").path(), ""));
            } else if (!PROTOCOLS.contains(protocol)) {
                errs.add(FieldError.notSupported(at.child("protocol").path(), protocol, PROTOCOLS));
            }
            JsonNode target = p.path("targetPort");
            if (target.isNumber()) {
                Formats.isValidPortNum(target.asLong()).forEach(msg -> errs.add(FieldError.invalid(at.child("targetPort").path(), target.asLong(), msg)));
            } else if (target.isTextual()) {
                Formats.isValidPortName(target.asText()).forEach(msg -> errs.add(FieldError.invalid(at.child("targetPort").path(), target.asText(), msg)));
            }
            if (!portKeys.add(protocol + "/" + port)) {
                errs.add(FieldError.duplicate(at.path(), p));
            }
            long nodePort = p.path("nodePort").asLong(0);
            if (nodePort != 0) {
                if (type.equals("ClusterIP")) {
                    errs.add(FieldError.forbidden(at.child("nodePort").path(), "may not be used when `type` is 'ClusterIP'"));
                } else {
                    Formats.isValidPortNum(nodePort).forEach(msg -> errs.add(FieldError.invalid(at.child("nodePort").path(), nodePort, msg)));
                    if (!nodePorts.add(protocol + "/" + nodePort)) {
                        errs.add(FieldError.duplicate(at.child("nodePort").path(), nodePort));
                    }
                }
            }
            String appProtocol = p.path("appProtocol").asText("");
            if (!appProtocol.isEmpty()) {
                Formats.isQualifiedName(appProtocol).forEach(msg -> errs.add(FieldError.invalid(at.child("appProtocol").path(), appProtocol, msg)));
            }
        }
        return errs;
    }

    private static List<FieldError> clusterIPs(String clusterIP, List<String> clusterIPs, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        if (!clusterIPs.isEmpty() && !clusterIP.isEmpty() && !clusterIPs.get(0).equals(clusterIP)) {
            errs.add(FieldError.invalid(path.child("clusterIPs").path(), new ServiceStrategy.JsonStrings(clusterIPs),
                    "first value must match `clusterIP`"));
        }
        List<String> all = clusterIPs.isEmpty() && !clusterIP.isEmpty() ? List.of(clusterIP) : clusterIPs;
        for (int i = 0; i < all.size(); i++) {
            String ip = all.get(i);
            if (ip.equals("None") && i == 0) {
                continue;
            }
            if (!Formats.isIP(ip)) {
                errs.add(FieldError.invalid(path.child("clusterIPs").index(i).path(), ip,
                        i == 0 ? "must be empty, 'None', or a valid IP address" : "must be a valid IP address"));
            }
        }
        return errs;
    }

    private static List<FieldError> sessionAffinity(JsonNode spec, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        String affinity = spec.path("sessionAffinity").asText("");
        JsonNode config = spec.path("sessionAffinityConfig");
        switch (affinity) {
            case "ClientIP" -> {
                long timeout = config.path("clientIP").path("timeoutSeconds").asLong(0);
                if (timeout <= 0 || timeout > MAX_CLIENT_IP_AFFINITY_SECONDS) {
                    errs.add(FieldError.invalid(path.child("sessionAffinityConfig", "clientIP", "timeoutSeconds").path(), timeout,
                            "must be greater than 0 and less than " + MAX_CLIENT_IP_AFFINITY_SECONDS));
                }
            }
            case "None" -> {
                if (!config.isMissingNode() && !config.isNull()) {
                    errs.add(FieldError.invalid(path.child("sessionAffinityConfig").path(), config,
                            "must not be set when session affinity is None"));
                }
            }
            case "" -> errs.add(FieldError.required(path.child("sessionAffinity").path(), ""));
            default -> errs.add(FieldError.notSupported(path.child("sessionAffinity").path(), affinity, List.of("ClientIP", "None")));
        }
        return errs;
    }

    private static List<FieldError> trafficPolicies(JsonNode spec, FieldPath path, String type) {
        List<FieldError> errs = new ArrayList<>();
        boolean external = type.equals("NodePort") || type.equals("LoadBalancer");
        String etp = spec.path("externalTrafficPolicy").asText("");
        if (!external && !etp.isEmpty()) {
            errs.add(FieldError.invalid(path.child("externalTrafficPolicy").path(), etp,
                    "may only be set when `type` is 'NodePort' or 'LoadBalancer'"));
        } else if (external && etp.isEmpty()) {
            errs.add(FieldError.required(path.child("externalTrafficPolicy").path(), ""));
        } else if (external && !TRAFFIC_POLICIES.contains(etp)) {
            errs.add(FieldError.notSupported(path.child("externalTrafficPolicy").path(), etp, TRAFFIC_POLICIES));
        }
        long healthCheck = spec.path("healthCheckNodePort").asLong(0);
        if (healthCheck != 0 && !(type.equals("LoadBalancer") && etp.equals("Local"))) {
            errs.add(FieldError.invalid(path.child("healthCheckNodePort").path(), healthCheck,
                    "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
        }
        String itp = spec.path("internalTrafficPolicy").asText("");
        if (!type.equals("ExternalName")) {
            if (itp.isEmpty()) {
                errs.add(FieldError.required(path.child("internalTrafficPolicy").path(), ""));
            } else if (!TRAFFIC_POLICIES.contains(itp)) {
                errs.add(FieldError.notSupported(path.child("internalTrafficPolicy").path(), itp, TRAFFIC_POLICIES));
            }
        }
        return errs;
    }
}
