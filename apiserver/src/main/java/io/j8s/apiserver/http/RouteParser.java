package io.j8s.apiserver.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a request path into a {@link Route} the way Kubernetes' {@code RequestInfoFactory} does:
 * {@code /namespaces/{ns}/...} scopes what follows, except {@code status} and {@code finalize},
 * which are subresources of the namespace itself. Purely structural: whether the resource exists
 * is decided later against the registry.
 */
final class RouteParser {

    private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");
    private static final Set<String> HEALTH = Set.of("livez", "readyz", "healthz");

    Route parse(String path) {
        List<String> parts = segments(path);
        if (parts.isEmpty()) {
            return new Route.Unknown();
        }
        String first = parts.get(0);
        if (parts.size() == 1 && first.equals("version")) {
            return new Route.Version();
        }
        if (HEALTH.contains(first) && parts.size() <= 2) {
            return new Route.Health(first, parts.size() == 2 ? parts.get(1) : null);
        }
        if (first.equals("openapi") && parts.size() >= 2) {
            if (parts.get(1).equals("v2") && parts.size() == 2) {
                return new Route.OpenApiV2();
            }
            if (parts.get(1).equals("v3")) {
                return new Route.OpenApiV3(String.join("/", parts.subList(2, parts.size())));
            }
            return new Route.Unknown();
        }
        if (first.equals("api")) {
            if (parts.size() == 1) {
                return new Route.CoreVersions();
            }
            return resourcePath("", parts.get(1), parts.subList(2, parts.size()));
        }
        if (first.equals("apis")) {
            if (parts.size() == 1) {
                return new Route.GroupList();
            }
            if (parts.size() == 2) {
                return new Route.Group(parts.get(1));
            }
            return resourcePath(parts.get(1), parts.get(2), parts.subList(3, parts.size()));
        }
        return new Route.Unknown();
    }

    private static Route resourcePath(String group, String version, List<String> rest) {
        if (rest.isEmpty()) {
            return new Route.ResourceList(group, version);
        }
        boolean watch = false;
        if (rest.get(0).equals("watch")) {
            watch = true;
            rest = rest.subList(1, rest.size());
            if (rest.isEmpty()) {
                return new Route.Unknown();
            }
        }
        String namespace = null;
        if (rest.get(0).equals("namespaces") && rest.size() >= 3 && !NAMESPACE_SUBRESOURCES.contains(rest.get(2))) {
            namespace = rest.get(1);
            rest = rest.subList(2, rest.size());
        }
        if (rest.size() > 3) {
            return new Route.Unknown();
        }
        String resource = rest.get(0);
        String name = rest.size() > 1 ? rest.get(1) : null;
        String subresource = rest.size() > 2 ? rest.get(2) : null;
        if (watch && subresource != null) {
            return new Route.Unknown();
        }
        return new Route.Resource(group, version, namespace, resource, name, subresource, watch);
    }

    private static List<String> segments(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return parts;
    }
}
