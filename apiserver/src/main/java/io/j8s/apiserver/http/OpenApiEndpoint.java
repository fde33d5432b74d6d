package io.j8s.apiserver.http;

/**
 * {@code /openapi/v3} (the index and one document per group-version) and {@code /openapi/v2}.
 * Until the OpenAPI documents are served, both are 404, which kubectl handles by falling back
 * (or by {@code --validate=false}). Thread-safe.
 */
class OpenApiEndpoint {

    void serveV3(Exchange ex, String path) {
        if (!ex.method().equals("GET")) {
            throw PathErrors.methodNotAllowed();
        }
        throw PathErrors.notFound();
    }

    void serveV2(Exchange ex) {
        if (!ex.method().equals("GET")) {
            throw PathErrors.methodNotAllowed();
        }
        throw PathErrors.notFound();
    }
}
