package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Columns.AGE;
import static io.j8s.apiserver.table.Columns.NAME;
import static io.j8s.apiserver.table.Columns.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Printers of Services, Endpoints, EndpointSlices, Ingresses, IngressClasses and NetworkPolicies. */
final class NetworkPrinters {

    private NetworkPrinters() {}

    static RowPrinter services() {
        return new RowPrinter(List.of(NAME,
                string("Type", "type determines how the Service is exposed. Defaults to ClusterIP."),
                string("Cluster-IP", "clusterIP is the IP address of the service and is usually assigned randomly."),
                string("External-IP", "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service."),
                string("Port(s)", "The list of ports that are exposed by this service."),
                AGE,
                Columns.selector("Route service traffic to pods with label keys and values matching this selector.")),
                (svc, now) -> {
                    List<JsonNode> clusterIps = Field.items(svc, "spec", "clusterIPs");
                    String clusterIp = clusterIps.isEmpty() ? Field.text(svc, "spec", "clusterIP") : clusterIps.getFirst().asText();
                    String ports = portString(Field.items(svc, "spec", "ports"));
                    return List.of(Columns.name(svc),
                            Field.text(svc, "spec", "type"),
                            Field.orElse(clusterIp, "<none>"),
                            externalIp(svc),
                            Field.orElse(ports, "<none>"),
                            Columns.age(svc, now),
                            Selectors.formatLabels(Field.map(svc, "spec", "selector")));
                });
    }

    private static String portString(List<JsonNode> ports) {
        List<String> pieces = new ArrayList<>();
        for (JsonNode p : ports) {
            long nodePort = Field.number(p, "nodePort");
            String protocol = Field.orElse(Field.text(p, "protocol"), "TCP");
            pieces.add(Field.number(p, "port") + (nodePort > 0 ? ":" + nodePort : "") + "/" + protocol);
        }
        return String.join(",", pieces);
    }

    private static String externalIp(JsonNode svc) {
        List<String> external = Field.items(svc, "spec", "externalIPs").stream().map(JsonNode::asText).toList();
        return switch (Field.text(svc, "spec", "type")) {
            case "ClusterIP", "NodePort", "" -> external.isEmpty() ? "<none>" : String.join(",", external);
            case "LoadBalancer" -> {
                List<String> all = new ArrayList<>(loadBalancerAddresses(Field.at(svc, "status", "loadBalancer")));
                all.addAll(external);
                yield all.isEmpty() ? "<pending>" : String.join(",", all);
            }
            case "ExternalName" -> Field.text(svc, "spec", "externalName");
            default -> "<unknown>";
        };
    }

    private static List<String> loadBalancerAddresses(JsonNode loadBalancer) {
        List<String> out = new ArrayList<>();
        for (JsonNode ingress : Field.items(loadBalancer, "ingress")) {
            if (!Field.text(ingress, "ip").isEmpty()) out.add(Field.text(ingress, "ip"));
            else if (!Field.text(ingress, "hostname").isEmpty()) out.add(Field.text(ingress, "hostname"));
        }
        return out;
    }

    static RowPrinter endpoints() {
        return new RowPrinter(List.of(NAME,
                string("Endpoints", "The set of all endpoints is the union of all subsets."),
                AGE),
                (ep, now) -> List.of(Columns.name(ep), formatEndpoints(ep), Columns.age(ep, now)));
    }

    private static String formatEndpoints(JsonNode ep) {
        List<JsonNode> subsets = Field.items(ep, "subsets");
        if (subsets.isEmpty()) return "<none>";
        List<String> all = new ArrayList<>();
        for (JsonNode ss : subsets) {
            List<JsonNode> ports = Field.items(ss, "ports");
            List<JsonNode> addresses = Field.items(ss, "addresses");
            if (ports.isEmpty()) {
                addresses.forEach(a -> all.add(Field.text(a, "ip")));
                continue;
            }
            for (JsonNode port : ports) {
                for (JsonNode a : addresses) {
                    String ip = Field.text(a, "ip");
                    String host = ip.contains(":") ? "[" + ip + "]" : ip;
                    all.add(host + ":" + Field.number(port, "port"));
                }
            }
        }
        return Columns.listWithMore(all, 3, ",", "");
    }

    static RowPrinter endpointSlices() {
        return new RowPrinter(List.of(NAME,
                string("AddressType", "addressType specifies the type of address carried by this EndpointSlice."),
                string("Ports", "ports specifies the list of network ports exposed by each endpoint in this slice."),
                string("Endpoints", "endpoints is a list of unique endpoints in this slice."),
                AGE),
                (s, now) -> {
                    List<String> ports = new ArrayList<>();
                    for (JsonNode p : Field.items(s, "ports")) {
                        ports.add(p.path("port").isNumber() ? p.path("port").asText()
                                : Field.orElse(Field.text(p, "name"), "*"));
                    }
                    List<String> addresses = new ArrayList<>();
                    for (JsonNode e : Field.items(s, "endpoints")) {
                        Field.items(e, "addresses").forEach(a -> addresses.add(a.asText()));
                    }
                    return List.of(Columns.name(s), Field.text(s, "addressType"),
                            Columns.listWithMore(ports, 3, ",", "<unset>"),
                            Columns.listWithMore(addresses, 3, ",", "<unset>"),
                            Columns.age(s, now));
                });
    }

    static RowPrinter ingresses() {
        return new RowPrinter(List.of(NAME,
                string("Class", "The name of the IngressClass resource referenced by this ingress."),
                string("Hosts", "Hosts that incoming requests are matched against before the ingress rule"),
                string("Address", "Address is a list containing ingress points for the load-balancer"),
                string("Ports", "Ports of TLS configurations that open"),
                AGE),
                (ing, now) -> {
                    List<String> hosts = Field.items(ing, "spec", "rules").stream()
                            .map(r -> Field.text(r, "host")).filter(h -> !h.isEmpty()).toList();
                    return List.of(Columns.name(ing),
                            Field.orElse(Field.text(ing, "spec", "ingressClassName"), "<none>"),
                            Columns.listWithMore(hosts, 3, ",", "*"),
                            String.join(",", loadBalancerAddresses(Field.at(ing, "status", "loadBalancer"))),
                            Field.size(ing, "spec", "tls") > 0 ? "80, 443" : "80",
                            Columns.age(ing, now));
                });
    }

    static RowPrinter ingressClasses() {
        return new RowPrinter(List.of(NAME,
                string("Controller", "Controller that is responsible for handling this class"),
                string("Parameters", "A reference to a resource with additional parameters"),
                AGE),
                (ic, now) -> {
                    JsonNode params = Field.at(ic, "spec", "parameters");
                    String parameters = "<none>";
                    if (params.isObject()) {
                        String group = Field.text(params, "apiGroup");
                        String kind = Field.text(params, "kind");
                        parameters = (group.isEmpty() ? kind : kind + "." + group) + "/" + Field.text(params, "name");
                    }
                    return List.of(Columns.name(ic), Field.text(ic, "spec", "controller"), parameters, Columns.age(ic, now));
                });
    }

    static RowPrinter networkPolicies() {
        return new RowPrinter(List.of(NAME,
                string("Pod-Selector", "Selects the pods to which this NetworkPolicy object applies."),
                AGE),
                (np, now) -> List.of(Columns.name(np),
                        Selectors.formatLabelSelector(Field.at(np, "spec", "podSelector")),
                        Columns.age(np, now)));
    }
}
