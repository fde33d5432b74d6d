package io.j8s.apiserver.registry;

/** The PATCH content types Kubernetes accepts. */
public enum PatchType {
    JSON("application/json-patch+json"),
    MERGE("application/merge-patch+json"),
    STRATEGIC_MERGE("application/strategic-merge-patch+json"),
    APPLY("application/apply-patch+yaml");

    private final String contentType;

    PatchType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The patch type of a Content-Type header value (parameters ignored), or null if none. */
    public static PatchType ofContentType(String header) {
        if (header == null) {
            return null;
        }
        String mediaType = header.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        for (PatchType t : values()) {
            if (t.contentType.equals(mediaType)) {
                return t;
            }
        }
        return null;
    }
}
