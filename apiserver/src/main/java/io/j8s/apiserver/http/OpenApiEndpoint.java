package io.j8s.apiserver.http;

import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.openapi.OpenApi;
import io.j8s.apiserver.openapi.OpenApiCache;
import io.j8s.apiserver.registry.Registries;
import org.eclipse.jetty.http.HttpHeader;

/**
 * {@code /openapi/v3} (the index) and {@code /openapi/v3/{path}} (one document per group-version)
 * as Kubernetes serves them: a request carrying the current {@code ?hash=} may be cached forever,
 * a stale hash is redirected to the current one, an ETag answers {@code If-None-Match} with 304.
 * {@code /openapi/v2} is not served (404), which kubectl handles by using v3. Thread-safe.
 */
final class OpenApiEndpoint {

    private final Registries registries;
    private final OpenApiCache cache = new OpenApiCache();

    OpenApiEndpoint(Registries registries) {
        this.registries = registries;
    }

    void serveV3(Exchange ex, String path) {
        if (!ex.method().equals("GET")) {
            throw PathErrors.methodNotAllowed();
        }
        OpenApi openApi = cache.of(registries.definitions());
        if (path.isEmpty()) {
            ex.send(200, ResponseFormat.JSON, Json.write(openApi.index()));
            return;
        }
        String hash = openApi.hash(path).orElseThrow(PathErrors::notFound);
        String asked = ex.query().first("hash");
        if (asked != null && !asked.equals(hash)) {
            ex.response().getHeaders().put(HttpHeader.LOCATION, "/openapi/v3/" + path + "?hash=" + hash);
            ex.send(301, null, new byte[0]);
            return;
        }
        String etag = "\"" + hash + "\"";
        ex.response().getHeaders().put(HttpHeader.ETAG, etag);
        ex.response().getHeaders().put(HttpHeader.VARY, "Accept");
        if (etag.equals(ex.header(HttpHeader.IF_NONE_MATCH))) {
            ex.send(304, null, new byte[0]);
            return;
        }
        byte[] doc = openApi.document(path).orElseThrow(PathErrors::notFound);
        if (asked != null) {
            ex.response().getHeaders().put(HttpHeader.CACHE_CONTROL, "public, immutable");
        }
        ex.send(200, ResponseFormat.JSON, doc);
    }

    void serveV2(Exchange ex) {
        if (!ex.method().equals("GET")) {
            throw PathErrors.methodNotAllowed();
        }
        throw PathErrors.notFound();
    }
}
