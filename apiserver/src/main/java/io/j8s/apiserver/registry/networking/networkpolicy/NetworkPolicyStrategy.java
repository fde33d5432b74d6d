package io.j8s.apiserver.registry.networking.networkpolicy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.LabelSelectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** networking.k8s.io/v1 NetworkPolicies, as Kubernetes' networking defaults and validation. */
public final class NetworkPolicyStrategy implements Strategy {

    private static final List<String> POLICY_TYPES = List.of("Ingress", "Egress");
    private static final List<String> PROTOCOLS = List.of("TCP", "UDP", "SCTP");

    /** An absent podSelector is Go's empty selector; no policyTypes means Ingress, and Egress when egress rules exist. */
    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        Defaulting.object(spec, "podSelector");
        for (String direction : List.of("ingress", "egress")) {
            for (JsonNode rule : spec.path(direction)) {
                for (JsonNode port : rule.path("ports")) {
                    if (port instanceof ObjectNode p) {
                        Defaulting.putIfUnset(p, "protocol", "TCP");
                    }
                }
            }
        }
        if (spec.path("policyTypes").isEmpty()) {
            ArrayNode types = spec.putArray("policyTypes").add("Ingress");
            if (!spec.path("egress").isEmpty()) {
                types.add("Egress");
            }
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode spec = obj.path("spec");
        errors.addAll(LabelSelectors.validate(spec.path("podSelector"), "spec.podSelector"));
        for (String direction : List.of("ingress", "egress")) {
            String peers = direction.equals("ingress") ? "from" : "to";
            JsonNode rules = spec.path(direction);
            for (int i = 0; i < rules.size(); i++) {
                String path = "spec." + direction + "[" + i + "]";
                JsonNode ports = rules.get(i).path("ports");
                for (int j = 0; j < ports.size(); j++) {
                    errors.addAll(port(ports.get(j), path + ".ports[" + j + "]"));
                }
                JsonNode peerList = rules.get(i).path(peers);
                for (int j = 0; j < peerList.size(); j++) {
                    errors.addAll(peer(peerList.get(j), path + "." + peers + "[" + j + "]"));
                }
            }
        }
        JsonNode types = spec.path("policyTypes");
        if (types.size() > POLICY_TYPES.size()) {
            errors.add(FieldError.invalid("spec.policyTypes", new GoValue(types.toString()), "may not specify more than two policyTypes"));
            return errors;
        }
        for (int i = 0; i < types.size(); i++) {
            if (!POLICY_TYPES.contains(types.get(i).asText())) {
                errors.add(FieldError.notSupported("spec.policyTypes[" + i + "]", types.get(i).asText(), POLICY_TYPES));
            }
        }
        return errors;
    }

    private static List<FieldError> port(JsonNode port, String path) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode protocol = port.get("protocol");
        if (protocol != null && !protocol.isNull() && !PROTOCOLS.contains(protocol.asText())) {
            errors.add(FieldError.notSupported(path + ".protocol", protocol.asText(), PROTOCOLS));
        }
        JsonNode number = port.get("port");
        JsonNode endPort = port.get("endPort");
        boolean hasEnd = endPort != null && !endPort.isNull();
        if (number == null || number.isNull()) {
            if (hasEnd) {
                errors.add(FieldError.invalid(path + ".endPort", endPort.asLong(), "may not be specified when `port` is not specified"));
            }
        } else if (number.isNumber()) {
            Formats.isValidPortNum(number.asLong()).forEach(m -> errors.add(FieldError.invalid(path + ".port", number.asLong(), m)));
            if (hasEnd) {
                if (endPort.asLong() < number.asLong()) {
                    errors.add(FieldError.invalid(path + ".endPort", number.asLong(), "must be greater than or equal to `port`"));
                }
                Formats.isValidPortNum(endPort.asLong()).forEach(m -> errors.add(FieldError.invalid(path + ".endPort", endPort.asLong(), m)));
            }
        } else {
            if (hasEnd) {
                errors.add(FieldError.invalid(path + ".endPort", endPort.asLong(), "may not be specified when `port` is non-numeric"));
            }
            Formats.isValidPortName(number.asText()).forEach(m -> errors.add(FieldError.invalid(path + ".port", number.asText(), m)));
        }
        return errors;
    }

    private static List<FieldError> peer(JsonNode peer, String path) {
        List<FieldError> errors = new ArrayList<>();
        int peers = 0;
        for (String selector : List.of("podSelector", "namespaceSelector")) {
            if (peer.path(selector).isObject()) {
                peers++;
                errors.addAll(LabelSelectors.validate(peer.path(selector), path + "." + selector));
            }
        }
        boolean ipBlock = peer.path("ipBlock").isObject();
        if (ipBlock) {
            peers++;
            errors.addAll(ipBlock(peer.path("ipBlock"), path + ".ipBlock"));
        }
        if (peers == 0) {
            errors.add(FieldError.required(path, "must specify a peer"));
        } else if (peers > 1 && ipBlock) {
            errors.add(FieldError.forbidden(path, "may not specify both ipBlock and another peer"));
        }
        return errors;
    }

    private static List<FieldError> ipBlock(JsonNode block, String path) {
        List<FieldError> errors = new ArrayList<>();
        String cidrText = block.path("cidr").asText("");
        if (cidrText.isEmpty()) {
            errors.add(FieldError.required(path + ".cidr", ""));
            return errors;
        }
        Optional<Cidr> cidr = Cidr.parse(cidrText);
        if (cidr.isEmpty()) {
            errors.add(FieldError.invalid(path + ".cidr", cidrText, Cidr.INVALID));
            return errors;
        }
        JsonNode except = block.path("except");
        for (int i = 0; i < except.size(); i++) {
            String text = except.get(i).asText();
            String at = path + ".except[" + i + "]";
            Optional<Cidr> inner = Cidr.parse(text);
            if (inner.isEmpty()) {
                errors.add(FieldError.invalid(at, text, Cidr.INVALID));
            } else if (!cidr.get().strictlyContains(inner.get())) {
                errors.add(FieldError.invalid(at, text, "must be a strict subset of `cidr`"));
            }
        }
        return errors;
    }
}
