package io.j8s.apiserver.registry.discovery.endpointslice;

import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** An endpoint address checked against the slice's address type, as Kubernetes' discovery validation checks it. */
final class EndpointAddresses {

    private EndpointAddresses() {}

    static List<FieldError> validate(String address, String type, String path) {
        return switch (type) {
            case "IPv4" -> Formats.isIPv4(address)
                    ? nonSpecial(address, path)
                    : List.of(FieldError.invalid(path, address, "must be a valid IPv4 address"));
            case "IPv6" -> Formats.isIPv6(address) && !Formats.isIPv4(address)
                    ? nonSpecial(address, path)
                    : List.of(FieldError.invalid(path, address, "must be a valid IPv6 address"));
            case "FQDN" -> fqdn(address, path);
            default -> List.of();
        };
    }

    /** Kubernetes' {@code ValidateNonSpecialIP}: endpoints may not point at unspecified, loopback or link-local addresses. */
    private static List<FieldError> nonSpecial(String address, String path) {
        InetAddress ip;
        try {
            ip = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return List.of(FieldError.invalid(path, address, "must be a valid IP address"));
        }
        if (ip.isAnyLocalAddress()) {
            return List.of(FieldError.invalid(path, address, "may not be unspecified (0.0.0.0, ::)"));
        }
        if (ip.isLoopbackAddress()) {
            return List.of(FieldError.invalid(path, address, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
        }
        if (ip.isLinkLocalAddress()) {
            return List.of(FieldError.invalid(path, address, "may not be in the link-local range (169.254.0.0/16, fe80::/10)"));
        }
        if (isLinkLocalMulticast(ip)) {
            return List.of(FieldError.invalid(path, address, "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"));
        }
        return List.of();
    }

    private static boolean isLinkLocalMulticast(InetAddress ip) {
        byte[] b = ip.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xff) == 224 && b[1] == 0 && b[2] == 0;
        }
        return (b[0] & 0xff) == 0xff && (b[1] & 0x0f) == 0x02;
    }

    /** Kubernetes' {@code IsFullyQualifiedDomainName}: a subdomain of at least two labels, a trailing dot allowed. */
    private static List<FieldError> fqdn(String address, String path) {
        if (address.isEmpty()) {
            return List.of(FieldError.required(path, ""));
        }
        String name = address.endsWith(".") ? address.substring(0, address.length() - 1) : address;
        List<String> problems = Formats.isDNS1123Subdomain(name);
        if (!problems.isEmpty()) {
            return List.of(FieldError.invalid(path, name, String.join(",", problems)));
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            return List.of(FieldError.invalid(path, name, "should be a domain with at least two segments separated by dots"));
        }
        for (String label : labels) {
            List<String> labelProblems = Formats.isDNS1123Label(label);
            if (!labelProblems.isEmpty()) {
                return List.of(FieldError.invalid(path, label, String.join(",", labelProblems)));
            }
        }
        return List.of();
    }
}
