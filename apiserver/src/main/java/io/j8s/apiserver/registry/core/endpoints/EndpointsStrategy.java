package io.j8s.apiserver.registry.core.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import java.util.ArrayList;
import java.util.List;

/**
 * Endpoints, as Kubernetes' {@code endpointsStrategy}: port protocol TCP by default; each subset
 * has addresses that are IPs (not unspecified or loopback) and valid ports, named when several.
 * PUT may create Endpoints, as the endpoints controller relies on.
 */
public final class EndpointsStrategy implements Strategy {

    private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");

    @Override
    public void applyDefaults(ObjectNode obj) {
        for (ObjectNode subset : Defaulting.objects(obj, "subsets")) {
            for (ObjectNode port : Defaulting.objects(subset, "ports")) {
                Defaulting.text(port, "protocol", "TCP");
            }
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode subset : obj.path("subsets")) {
            FieldPath at = FieldPath.root("subsets").index(i++);
            if (subset.path("addresses").isEmpty() && subset.path("notReadyAddresses").isEmpty()) {
                errs.add(FieldError.required(at.path(), "must specify `addresses` or `notReadyAddresses`"));
            }
            for (String list : List.of("addresses", "notReadyAddresses")) {
                int j = 0;
                for (JsonNode address : subset.path(list)) {
                    errs.addAll(address(address, at.child(list).index(j++)));
                }
            }
            int j = 0;
            boolean requireName = subset.path("ports").size() > 1;
            for (JsonNode port : subset.path("ports")) {
                errs.addAll(port(port, at.child("ports").index(j++), requireName));
            }
        }
        return errs;
    }

    private static List<FieldError> address(JsonNode address, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        String ip = address.path("ip").asText("");
        FieldPath ipPath = path.child("ip");
        List<String> msgs = Formats.isValidIP(ip);
        msgs.forEach(msg -> errs.add(FieldError.invalid(ipPath.path(), ip, msg)));
        if (msgs.isEmpty()) {
            if (ip.equals("0.0.0.0") || ip.equals("::")) {
                errs.add(FieldError.invalid(ipPath.path(), ip, "may not be unspecified (0.0.0.0)"));
            } else if (ip.startsWith("127.") || ip.equals("::1")) {
                errs.add(FieldError.invalid(ipPath.path(), ip, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
            } else if (ip.startsWith("169.254.") || ip.toLowerCase().startsWith("fe80:")) {
                errs.add(FieldError.invalid(ipPath.path(), ip, "may not be in the link-local range (169.254.0.0/16, fe80::/10)"));
            } else if (ip.startsWith("224.0.0.")) {
                errs.add(FieldError.invalid(ipPath.path(), ip, "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"));
            }
        }
        String hostname = address.path("hostname").asText("");
        if (!hostname.isEmpty()) {
            Formats.isDNS1123Label(hostname).forEach(msg -> errs.add(FieldError.invalid(path.child("hostname").path(), hostname, msg)));
        }
        String nodeName = address.path("nodeName").asText("");
        if (address.hasNonNull("nodeName")) {
            NameValidator.DNS1123_SUBDOMAIN.validate(nodeName, false)
                    .forEach(msg -> errs.add(FieldError.invalid(path.child("nodeName").path(), nodeName, msg)));
        }
        return errs;
    }

    private static List<FieldError> port(JsonNode port, FieldPath path, boolean requireName) {
        List<FieldError> errs = new ArrayList<>();
        String name = port.path("name").asText("");
        if (requireName && name.isEmpty()) {
            errs.add(FieldError.required(path.child("name").path(), ""));
        } else if (!name.isEmpty()) {
            Formats.isDNS1123Label(name).forEach(msg -> errs.add(FieldError.invalid(path.child("name").path(), name, msg)));
        }
        long number = port.path("port").asLong(0);
        Formats.isValidPortNum(number).forEach(msg -> errs.add(FieldError.invalid(path.child("port").path(), number, msg)));
        String protocol = port.path("protocol").asText("");
        if (protocol.isEmpty()) {
            errs.add(FieldError.required(path.child("protocol").path(), ""));
        } else if (!PROTOCOLS.contains(protocol)) {
            errs.add(FieldError.notSupported(path.child("protocol").path(), protocol, PROTOCOLS));
        }
        return errs;
    }

    @Override
    public boolean allowCreateOnUpdate() {
        return true;
    }
}
