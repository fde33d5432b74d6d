package io.j8s.apiserver.registry.networking.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.NameValidator;
import java.util.ArrayList;
import java.util.List;

/** An Ingress backend: a Service by name and port (name or number), or a typed resource, not both. */
public final class IngressBackends {

    private IngressBackends() {}

    static List<FieldError> validate(JsonNode backend, String path) {
        List<FieldError> errors = new ArrayList<>();
        boolean resource = backend.path("resource").isObject();
        boolean service = backend.path("service").isObject();
        if (resource && service) {
            errors.add(FieldError.invalid(path, "", "cannot set both resource and service backends"));
        } else if (resource) {
            errors.addAll(typedReference(backend.path("resource"), path + ".resource"));
        } else if (service) {
            errors.addAll(service(backend.path("service"), path));
        } else {
            errors.add(FieldError.invalid(path, "", "resource or service backend is required"));
        }
        return errors;
    }

    private static List<FieldError> service(JsonNode svc, String path) {
        List<FieldError> errors = new ArrayList<>();
        String name = svc.path("name").asText("");
        if (name.isEmpty()) {
            errors.add(FieldError.required(path + ".service.name", ""));
        } else {
            NameValidator.DNS1035_LABEL.validate(name, false).forEach(m -> errors.add(FieldError.invalid(path + ".service.name", name, m)));
        }
        String portName = svc.path("port").path("name").asText("");
        long portNumber = svc.path("port").path("number").asLong(0);
        if (!portName.isEmpty() && portNumber != 0) {
            errors.add(FieldError.invalid(path, "", "cannot set both port name & port number"));
        } else if (!portName.isEmpty()) {
            Formats.isValidPortName(portName).forEach(m -> errors.add(FieldError.invalid(path + ".service.port.name", portName, m)));
        } else if (portNumber != 0) {
            Formats.isValidPortNum(portNumber).forEach(m -> errors.add(FieldError.invalid(path + ".service.port.number", portNumber, m)));
        } else {
            errors.add(FieldError.required(path, "port name or number is required"));
        }
        return errors;
    }

    /** A {@code TypedLocalObjectReference}: kind and name required, apiGroup a DNS subdomain when set. */
    public static List<FieldError> typedReference(JsonNode ref, String path) {
        List<FieldError> errors = new ArrayList<>();
        String apiGroup = ref.path("apiGroup").asText("");
        if (!apiGroup.isEmpty()) {
            Formats.isDNS1123Subdomain(apiGroup).forEach(m -> errors.add(FieldError.invalid(path + ".apiGroup", apiGroup, m)));
        }
        for (String f : List.of("kind", "name")) {
            String value = ref.path(f).asText("");
            if (value.isEmpty()) {
                errors.add(FieldError.required(path + "." + f, ""));
            } else {
                NameValidator.PATH_SEGMENT.validate(value, false).forEach(m -> errors.add(FieldError.invalid(path + "." + f, value, m)));
            }
        }
        return errors;
    }
}
