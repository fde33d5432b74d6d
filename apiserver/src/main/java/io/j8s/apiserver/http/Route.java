package io.j8s.apiserver.http;

/** What a request path addresses, before anything is looked up: the shapes Kubernetes serves. */
sealed interface Route {

    /** {@code /version}. */
    record Version() implements Route {}

    /** {@code /livez}, {@code /readyz}, {@code /healthz}, optionally one named check ({@code /livez/ping}). */
    record Health(String endpoint, String check) implements Route {}

    /** {@code /api}: the core group's versions. */
    record CoreVersions() implements Route {}

    /** {@code /apis}: every group. */
    record GroupList() implements Route {}

    /** {@code /apis/{group}}. */
    record Group(String group) implements Route {}

    /** {@code /api/v1} or {@code /apis/{group}/{version}}: the resources of one group-version. */
    record ResourceList(String group, String version) implements Route {}

    /** {@code /openapi/v3} (empty path) or {@code /openapi/v3/{path}}. */
    record OpenApiV3(String path) implements Route {}

    /** {@code /openapi/v2}. */
    record OpenApiV2() implements Route {}

    /**
     * A resource path. {@code namespace}, {@code name} and {@code subresource} are null when absent;
     * {@code legacyWatch} is true under the {@code /watch/} prefix.
     */
    record Resource(String group, String version, String namespace, String resource, String name,
                    String subresource, boolean legacyWatch) implements Route {

        boolean collection() {
            return name == null;
        }
    }

    /** Nothing is served here. */
    record Unknown() implements Route {}
}
