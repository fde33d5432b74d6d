package io.j8s.apiserver.registry.discovery.endpointslice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * discovery.k8s.io/v1 EndpointSlices, as Kubernetes' discovery validation: an immutable address
 * type, at most 1000 endpoints of 1 to 100 addresses valid for that type, and uniquely named ports.
 */
public final class EndpointSliceStrategy implements Strategy {

    static final int MAX_ENDPOINTS = 1000;
    static final int MAX_ADDRESSES = 100;
    static final int MAX_PORTS = 20000;
    private static final List<String> ADDRESS_TYPES = List.of("FQDN", "IPv4", "IPv6");
    private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");

    @Override
    public void applyDefaults(ObjectNode obj) {
        for (JsonNode port : obj.path("ports")) {
            if (port instanceof ObjectNode p) {
                if (!p.has("name") || p.get("name").isNull()) {
                    p.put("name", "");
                }
                Defaulting.putIfUnset(p, "protocol", "TCP");
            }
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        String type = obj.path("addressType").asText("");
        if (type.isEmpty()) {
            errors.add(FieldError.required("addressType", ""));
        } else if (!ADDRESS_TYPES.contains(type)) {
            errors.add(FieldError.notSupported("addressType", type, ADDRESS_TYPES));
        }
        errors.addAll(endpoints(obj.path("endpoints"), type));
        errors.addAll(ports(obj.path("ports")));
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(obj));
        errors.addAll(FieldRules.immutable(obj.path("addressType"), old.path("addressType"), "addressType"));
        return errors;
    }

    private static List<FieldError> endpoints(JsonNode endpoints, String type) {
        List<FieldError> errors = new ArrayList<>();
        if (endpoints.size() > MAX_ENDPOINTS) {
            errors.add(FieldError.tooMany("endpoints", endpoints.size(), MAX_ENDPOINTS));
            return errors;
        }
        for (int i = 0; i < endpoints.size(); i++) {
            JsonNode endpoint = endpoints.get(i);
            String path = "endpoints[" + i + "]";
            JsonNode addresses = endpoint.path("addresses");
            if (addresses.isEmpty()) {
                errors.add(FieldError.required(path + ".addresses", "must contain at least 1 address"));
            } else if (addresses.size() > MAX_ADDRESSES) {
                errors.add(FieldError.tooMany(path + ".addresses", addresses.size(), MAX_ADDRESSES));
            }
            for (int j = 0; j < addresses.size(); j++) {
                errors.addAll(EndpointAddresses.validate(addresses.get(j).asText(), type, path + ".addresses[" + j + "]"));
            }
            String nodeName = endpoint.path("nodeName").asText("");
            if (endpoint.hasNonNull("nodeName")) {
                NameValidator.DNS1123_SUBDOMAIN.validate(nodeName, false)
                        .forEach(m -> errors.add(FieldError.invalid(path + ".nodeName", nodeName, m)));
            }
            if (endpoint.hasNonNull("hostname")) {
                String hostname = endpoint.path("hostname").asText();
                Formats.isDNS1123Label(hostname).forEach(m -> errors.add(FieldError.invalid(path + ".hostname", hostname, m)));
            }
        }
        return errors;
    }

    private static List<FieldError> ports(JsonNode ports) {
        List<FieldError> errors = new ArrayList<>();
        if (ports.size() > MAX_PORTS) {
            errors.add(FieldError.tooMany("ports", ports.size(), MAX_PORTS));
            return errors;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            JsonNode port = ports.get(i);
            String path = "ports[" + i + "]";
            String name = port.path("name").asText("");
            if (!name.isEmpty()) {
                Formats.isDNS1123Label(name).forEach(m -> errors.add(FieldError.invalid(path + ".name", name, m)));
            }
            if (!names.add(name)) {
                errors.add(FieldError.duplicate(path + ".name", name));
            }
            String protocol = port.path("protocol").asText("");
            if (!port.hasNonNull("protocol")) {
                errors.add(FieldError.required(path + ".protocol", ""));
            } else if (!PROTOCOLS.contains(protocol)) {
                errors.add(FieldError.notSupported(path + ".protocol", protocol, PROTOCOLS));
            }
            if (port.hasNonNull("appProtocol")) {
                String appProtocol = port.path("appProtocol").asText();
                Formats.isQualifiedName(appProtocol).forEach(m -> errors.add(FieldError.invalid(path + ".appProtocol", appProtocol, m)));
            }
        }
        return errors;
    }
}
