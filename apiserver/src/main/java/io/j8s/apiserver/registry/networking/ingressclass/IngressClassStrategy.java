package io.j8s.apiserver.registry.networking.ingressclass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import io.j8s.apiserver.registry.networking.ingress.IngressBackends;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** networking.k8s.io/v1 IngressClasses, as Kubernetes' networking validation of IngressClass. */
public final class IngressClassStrategy implements Strategy {

    static final int MAX_CONTROLLER_LENGTH = 250;
    private static final String HTTP_PATH_FMT = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
    private static final Pattern HTTP_PATH = Pattern.compile(HTTP_PATH_FMT);
    private static final List<String> SCOPES = List.of("Cluster", "Namespace");

    @Override
    public void applyDefaults(ObjectNode obj) {
        if (obj.path("spec").get("parameters") instanceof ObjectNode parameters) {
            Defaulting.putIfUnset(parameters, "scope", "Cluster");
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode spec = obj.path("spec");
        String controller = spec.path("controller").asText("");
        if (controller.length() > MAX_CONTROLLER_LENGTH) {
            errors.add(FieldError.tooLong("spec.controller", controller, MAX_CONTROLLER_LENGTH));
        }
        errors.addAll(domainPrefixedPath(controller, "spec.controller"));
        JsonNode parameters = spec.path("parameters");
        if (parameters.isObject()) {
            errors.addAll(parameters(parameters, "spec.parameters"));
        }
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(obj));
        errors.addAll(FieldRules.immutable(obj.path("spec").path("controller"), old.path("spec").path("controller"), "spec.controller"));
        return errors;
    }

    /** apimachinery's {@code IsDomainPrefixedPath}, such as {@code example.com/ingress-controller}. */
    private static List<FieldError> domainPrefixedPath(String value, String path) {
        List<FieldError> errors = new ArrayList<>();
        if (value.isEmpty()) {
            errors.add(FieldError.required(path, ""));
            return errors;
        }
        String[] segments = value.split("/", 2);
        if (segments.length != 2 || segments[0].isEmpty() || segments[1].isEmpty()) {
            errors.add(FieldError.invalid(path, value, "must be a domain-prefixed path (such as \"acme.io/foo\")"));
            return errors;
        }
        Formats.isDNS1123Subdomain(segments[0]).forEach(m -> errors.add(FieldError.invalid(path, segments[0], m)));
        if (!HTTP_PATH.matcher(segments[1]).matches()) {
            errors.add(FieldError.invalid(path, segments[1], Formats.regexError("must be a valid path", HTTP_PATH_FMT)));
        }
        return errors;
    }

    private static List<FieldError> parameters(JsonNode params, String path) {
        List<FieldError> errors = new ArrayList<>(IngressBackends.typedReference(params, path));
        String scope = params.path("scope").asText("");
        String namespace = params.path("namespace").asText("");
        boolean hasNamespace = params.hasNonNull("namespace");
        if (scope.isEmpty()) {
            errors.add(FieldError.required(path + ".scope", ""));
        } else if (!SCOPES.contains(scope)) {
            errors.add(FieldError.notSupported(path + ".scope", scope, SCOPES));
        } else if (scope.equals("Namespace")) {
            if (!hasNamespace) {
                errors.add(FieldError.required(path + ".namespace", "`parameters.scope` is set to 'Namespace'"));
            } else {
                NameValidator.DNS1123_LABEL.validate(namespace, false).forEach(m -> errors.add(FieldError.invalid(path + ".namespace", namespace, m)));
            }
        } else if (hasNamespace) {
            errors.add(FieldError.forbidden(path + ".namespace", "`parameters.scope` is set to 'Cluster'"));
        }
        return errors;
    }
}
