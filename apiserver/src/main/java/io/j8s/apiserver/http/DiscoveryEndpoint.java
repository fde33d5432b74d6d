package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.discovery.Discovery;
import io.j8s.apiserver.discovery.DiscoveryCache;
import io.j8s.apiserver.registry.Registries;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The discovery paths: {@code /api} and {@code /apis} answer the aggregated
 * {@code APIGroupDiscoveryList} when the Accept header asks for it (v2 or v2beta1), else the legacy
 * {@code APIVersions} / {@code APIGroupList}; {@code /apis/{group}} and the group-version paths
 * answer {@code APIGroup} and {@code APIResourceList}. Thread-safe.
 */
final class DiscoveryEndpoint {

    private final Registries registries;
    private final DiscoveryCache cache = new DiscoveryCache();

    DiscoveryEndpoint(Registries registries) {
        this.registries = registries;
    }

    void serve(Exchange ex, Route route) {
        if (!ex.method().equals("GET")) {
            throw PathErrors.methodNotAllowed();
        }
        Discovery discovery = cache.of(registries.definitions());
        switch (route) {
            case Route.CoreVersions r -> root(ex, discovery, Discovery.Root.API);
            case Route.GroupList r -> root(ex, discovery, Discovery.Root.APIS);
            case Route.Group g -> json(ex, discovery.apiGroup(g.group()).orElseThrow(PathErrors::notFound));
            case Route.ResourceList l -> json(ex, discovery.apiResourceList(l.group(), l.version())
                    .orElseThrow(PathErrors::notFound));
            default -> throw PathErrors.notFound();
        }
    }

    private void root(Exchange ex, Discovery discovery, Discovery.Root root) {
        Discovery.AggregatedVersion aggregated = null;
        boolean legacy = false;
        for (MediaRange range : MediaRange.parseAccept(ex.header(HttpHeader.ACCEPT))) {
            aggregated = aggregatedVersion(range);
            if (aggregated != null) {
                break;
            }
            if (range.param("as") == null && (range.matches(ResponseFormat.JSON) || range.type().equals("*"))) {
                legacy = true;
                break;
            }
        }
        ex.response().getHeaders().put(HttpHeader.VARY, "Accept");
        if (aggregated != null) {
            String etag = discovery.etag(root);
            ex.response().getHeaders().put(HttpHeader.ETAG, etag);
            if (etag.equals(ex.header(HttpHeader.IF_NONE_MATCH))) {
                ex.begin(304, null);
                ex.write(new byte[0], true);
                return;
            }
            ex.send(200, aggregated.contentType(), discovery.aggregatedBytes(root, aggregated));
            return;
        }
        if (!legacy) {
            throw ApiException.notAcceptable("only the following media types are accepted: application/json, "
                    + Discovery.AggregatedVersion.V2.contentType() + ", " + Discovery.AggregatedVersion.V2BETA1.contentType());
        }
        json(ex, root == Discovery.Root.API ? discovery.apiVersions(serverAddress(ex)) : discovery.apiGroupList());
    }

    private static Discovery.AggregatedVersion aggregatedVersion(MediaRange range) {
        if (!"APIGroupDiscoveryList".equals(range.param("as")) || !"apidiscovery.k8s.io".equals(range.param("g"))
                || !range.type().equals("application") || !range.subtype().equals("json")) {
            return null;
        }
        String v = range.param("v");
        if ("v2".equals(v)) {
            return Discovery.AggregatedVersion.V2;
        }
        if ("v2beta1".equals(v)) {
            return Discovery.AggregatedVersion.V2BETA1;
        }
        return null;
    }

    private static String serverAddress(Exchange ex) {
        var uri = ex.request().getHttpURI();
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : org.eclipse.jetty.server.Request.getLocalPort(ex.request());
        return host + ":" + port;
    }

    private static void json(Exchange ex, ObjectNode body) {
        ex.send(200, ResponseFormat.JSON, Json.write(body));
    }
}
