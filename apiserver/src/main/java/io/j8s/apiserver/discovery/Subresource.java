package io.j8s.apiserver.discovery;

import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.List;

/**
 * One subresource as discovery lists it: the kind it answers with and the verbs it serves, as
 * Kubernetes registers them (for example {@code deployments/scale}: {@code autoscaling/v1 Scale},
 * get, patch, update; {@code pods/eviction}: {@code policy/v1 Eviction}, create).
 *
 * @param name the subresource, such as {@code status}
 * @param group the group of the response kind, empty for core
 * @param version the version of the response kind
 * @param kind the response kind
 * @param verbs the verbs, sorted
 */
public record Subresource(String name, String group, String version, String kind, List<String> verbs) {

    private static final List<String> READ_WRITE = List.of("get", "patch", "update");
    private static final List<String> CONNECT = List.of("create", "get");
    private static final List<String> PROXY = List.of("create", "delete", "get", "patch", "update");

    /** What {@code parent/name} answers with, following Kubernetes' registrations of each subresource. */
    public static Subresource of(ResourceDefinition parent, String name) {
        String g = parent.group();
        String v = parent.version();
        String own = parent.kind();
        return switch (name) {
            case "status", "ephemeralcontainers", "resize" -> new Subresource(name, g, v, own, READ_WRITE);
            case "scale" -> new Subresource(name, "autoscaling", "v1", "Scale", READ_WRITE);
            case "binding" -> new Subresource(name, "", "v1", "Binding", List.of("create"));
            case "eviction" -> new Subresource(name, "policy", "v1", "Eviction", List.of("create"));
            case "log" -> new Subresource(name, g, v, own, List.of("get"));
            case "exec" -> new Subresource(name, g, v, own + "ExecOptions", CONNECT);
            case "attach" -> new Subresource(name, g, v, own + "AttachOptions", CONNECT);
            case "portforward" -> new Subresource(name, g, v, own + "PortForwardOptions", CONNECT);
            case "proxy" -> new Subresource(name, g, v, own + "ProxyOptions", PROXY);
            case "finalize" -> new Subresource(name, g, v, own, List.of("update"));
            case "token" -> new Subresource(name, "authentication.k8s.io", "v1", "TokenRequest", List.of("create"));
            case "approval" -> new Subresource(name, g, v, own, READ_WRITE);
            default -> new Subresource(name, g, v, own, READ_WRITE);
        };
    }

    /** All subresources of a resource, sorted by name as Kubernetes' installer lists them. */
    public static List<Subresource> allOf(ResourceDefinition parent) {
        return parent.subresources().stream().sorted().map(name -> of(parent, name)).toList();
    }
}
