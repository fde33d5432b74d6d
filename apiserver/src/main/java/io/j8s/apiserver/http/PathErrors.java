package io.j8s.apiserver.http;

import io.j8s.apimachinery.api.ApiException;

/** The generic errors of paths and methods the server does not serve, worded as Kubernetes words them. */
final class PathErrors {

    private PathErrors() {}

    /** 404 for a path nothing is served at. */
    static ApiException notFound() {
        return ApiException.of(404, "NotFound", "the server could not find the requested resource", emptyDetails());
    }

    /** 405 for a method a path does not serve. */
    static ApiException methodNotAllowed() {
        return ApiException.of(405, "MethodNotAllowed", "the server does not allow this method on the requested resource",
                emptyDetails());
    }

    private static io.fabric8.kubernetes.api.model.StatusDetails emptyDetails() {
        return new io.fabric8.kubernetes.api.model.StatusDetails();
    }
}
