package io.j8s.apiserver.registry.networking.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import java.util.ArrayList;
import java.util.List;

/** One HTTP path of an Ingress rule: its pathType, the path's shape for that type, and its backend. */
final class IngressPaths {

    private static final List<String> PATH_TYPES = List.of("Exact", "ImplementationSpecific", "Prefix");
    private static final List<String> INVALID_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
    private static final List<String> INVALID_SUFFIXES = List.of("/..", "/.");

    private IngressPaths() {}

    static List<FieldError> validate(JsonNode httpPath, String path) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode type = httpPath.get("pathType");
        if (type == null || type.isNull()) {
            errors.add(FieldError.required(path + ".pathType", "pathType must be specified"));
            return errors;
        }
        String value = httpPath.path("path").asText("");
        switch (type.asText()) {
            case "Exact", "Prefix" -> {
                if (!value.startsWith("/")) {
                    errors.add(FieldError.invalid(path + ".path", value, "must be an absolute path"));
                }
                if (!value.isEmpty()) {
                    for (String seq : INVALID_SEQUENCES) {
                        if (value.contains(seq)) {
                            errors.add(FieldError.invalid(path + ".path", value, "must not contain '" + seq + "'"));
                        }
                    }
                    for (String suffix : INVALID_SUFFIXES) {
                        if (value.endsWith(suffix)) {
                            errors.add(FieldError.invalid(path + ".path", value, "cannot end with '" + suffix + "'"));
                        }
                    }
                }
            }
            case "ImplementationSpecific" -> {
                if (!value.isEmpty() && !value.startsWith("/")) {
                    errors.add(FieldError.invalid(path + ".path", value, "must be an absolute path"));
                }
            }
            default -> errors.add(FieldError.notSupported(path + ".pathType", type.asText(), PATH_TYPES));
        }
        errors.addAll(IngressBackends.validate(httpPath.path("backend"), path + ".backend"));
        return errors;
    }
}
