package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import java.util.ArrayList;
import java.util.List;

/** Validation of probe and lifecycle handlers: exactly one handler type, each well formed. */
final class Handlers {

    private Handlers() {}

    static final List<String> PROBE = List.of("exec", "httpGet", "tcpSocket", "grpc");
    static final List<String> LIFECYCLE = List.of("exec", "httpGet", "tcpSocket", "sleep");

    static List<FieldError> validate(JsonNode handler, FieldPath path, List<String> types) {
        List<FieldError> errs = new ArrayList<>();
        int count = 0;
        for (String type : types) {
            JsonNode h = handler.path(type);
            if (h.isMissingNode() || h.isNull()) {
                continue;
            }
            if (count++ > 0) {
                errs.add(FieldError.forbidden(path.child(type).path(), "may not specify more than 1 handler type"));
                continue;
            }
            FieldPath at = path.child(type);
            switch (type) {
                case "exec" -> {
                    if (h.path("command").isEmpty()) {
                        errs.add(FieldError.required(at.child("command").path(), ""));
                    }
                }
                case "httpGet" -> {
                    if (h.path("path").asText("").isEmpty()) {
                        errs.add(FieldError.required(at.child("path").path(), ""));
                    }
                    errs.addAll(portNumOrName(h.path("port"), at.child("port")));
                    String scheme = h.path("scheme").asText("HTTP");
                    if (!scheme.equals("HTTP") && !scheme.equals("HTTPS")) {
                        errs.add(FieldError.notSupported(at.child("scheme").path(), scheme, List.of("HTTP", "HTTPS")));
                    }
                }
                case "tcpSocket" -> errs.addAll(portNumOrName(h.path("port"), at.child("port")));
                case "grpc" -> Formats.isValidPortNum(h.path("port").asLong(0)).forEach(msg ->
                        errs.add(FieldError.invalid(at.child("port").path(), h.path("port").asLong(0), msg)));
                case "sleep" -> {
                    if (h.path("seconds").asLong(0) < 0) {
                        errs.add(FieldError.invalid(at.child("seconds").path(), h.path("seconds").asLong(), "must be greater than or equal to 0"));
                    }
                }
                default -> throw new IllegalStateException(type);
            }
        }
        if (count == 0) {
            errs.add(FieldError.required(path.path(), "must specify a handler type"));
        }
        return errs;
    }

    /** An IntOrString port: a number 1-65535 or an IANA_SVC_NAME. */
    static List<FieldError> portNumOrName(JsonNode port, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        if (port.isNumber()) {
            Formats.isValidPortNum(port.asLong()).forEach(msg -> errs.add(FieldError.invalid(path.path(), port.asLong(), msg)));
        } else if (port.isTextual()) {
            Formats.isValidPortName(port.asText()).forEach(msg -> errs.add(FieldError.invalid(path.path(), port.asText(), msg)));
        } else {
            errs.add(FieldError.required(path.path(), ""));
        }
        return errs;
    }
}
