package io.j8s.apimachinery.json;

import java.util.Locale;
import java.util.Optional;

/** The textual wire formats a request body may come in. */
public enum MediaType {
    JSON("application/json"),
    YAML("application/yaml");

    private final String contentType;

    MediaType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The format of a Content-Type header value, parameters ignored: {@code application/json} and
     * the {@code +json} patch types are JSON, {@code application/yaml} and {@code +yaml} are YAML.
     */
    public static Optional<MediaType> ofContentType(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String type = header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.endsWith("+json")) {
            return Optional.of(JSON);
        }
        if (type.equals("application/yaml") || type.endsWith("+yaml")
                || type.equals("application/x-yaml") || type.equals("text/yaml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
