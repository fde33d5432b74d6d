package io.j8s.apiserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteParserTest {

    private final RouteParser parser = new RouteParser();

    @Test
    void servesTheDiscoveryRoots() {
        assertThat(parser.parse("/api")).isEqualTo(new Route.CoreVersions());
        assertThat(parser.parse("/apis")).isEqualTo(new Route.GroupList());
        assertThat(parser.parse("/apis/apps")).isEqualTo(new Route.Group("apps"));
        assertThat(parser.parse("/api/v1")).isEqualTo(new Route.ResourceList("", "v1"));
        assertThat(parser.parse("/apis/apps/v1/")).isEqualTo(new Route.ResourceList("apps", "v1"));
    }

    @Test
    void readsNamespacedObjectsAndSubresources() {
        assertThat(parser.parse("/api/v1/namespaces/default/pods/p1/status"))
                .isEqualTo(new Route.Resource("", "v1", "default", "pods", "p1", "status", false));
        assertThat(parser.parse("/apis/apps/v1/namespaces/ns/deployments"))
                .isEqualTo(new Route.Resource("apps", "v1", "ns", "deployments", null, null, false));
    }

    @Test
    void readsClusterScopedAndAllNamespacesPaths() {
        assertThat(parser.parse("/api/v1/pods")).isEqualTo(new Route.Resource("", "v1", null, "pods", null, null, false));
        assertThat(parser.parse("/api/v1/nodes/n1/status"))
                .isEqualTo(new Route.Resource("", "v1", null, "nodes", "n1", "status", false));
    }

    @Test
    void treatsNamespaceStatusAndFinalizeAsSubresourcesOfTheNamespace() {
        assertThat(parser.parse("/api/v1/namespaces/foo"))
                .isEqualTo(new Route.Resource("", "v1", null, "namespaces", "foo", null, false));
        assertThat(parser.parse("/api/v1/namespaces/foo/status"))
                .isEqualTo(new Route.Resource("", "v1", null, "namespaces", "foo", "status", false));
        assertThat(parser.parse("/api/v1/namespaces/foo/finalize"))
                .isEqualTo(new Route.Resource("", "v1", null, "namespaces", "foo", "finalize", false));
        assertThat(parser.parse("/api/v1/namespaces"))
                .isEqualTo(new Route.Resource("", "v1", null, "namespaces", null, null, false));
    }

    @Test
    void readsTheLegacyWatchPrefix() {
        assertThat(parser.parse("/api/v1/watch/namespaces/default/pods"))
                .isEqualTo(new Route.Resource("", "v1", "default", "pods", null, null, true));
        assertThat(parser.parse("/apis/apps/v1/watch/deployments"))
                .isEqualTo(new Route.Resource("apps", "v1", null, "deployments", null, null, true));
    }

    @Test
    void servesVersionHealthAndOpenApi() {
        assertThat(parser.parse("/version")).isEqualTo(new Route.Version());
        assertThat(parser.parse("/livez")).isEqualTo(new Route.Health("livez", null));
        assertThat(parser.parse("/readyz/ping")).isEqualTo(new Route.Health("readyz", "ping"));
        assertThat(parser.parse("/openapi/v3")).isEqualTo(new Route.OpenApiV3(""));
        assertThat(parser.parse("/openapi/v3/apis/apps/v1")).isEqualTo(new Route.OpenApiV3("apis/apps/v1"));
        assertThat(parser.parse("/openapi/v2")).isEqualTo(new Route.OpenApiV2());
    }

    @Test
    void leavesEverythingElseUnknown() {
        assertThat(parser.parse("/")).isEqualTo(new Route.Unknown());
        assertThat(parser.parse("/foo")).isEqualTo(new Route.Unknown());
        assertThat(parser.parse("/api/v1/namespaces/a/pods/p/status/extra")).isEqualTo(new Route.Unknown());
        assertThat(parser.parse("/api/v1/watch")).isEqualTo(new Route.Unknown());
    }
}
