package io.j8s.apiserver.registry.networking.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.GoValue;
import java.util.ArrayList;
import java.util.List;

/** networking.k8s.io/v1 Ingresses, as Kubernetes' networking validation of Ingress. */
public final class IngressStrategy implements Strategy {

    static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.remove("status");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>(validateSpec(obj.path("spec"), false));
        JsonNode annotation = obj.path("metadata").path("annotations").get(CLASS_ANNOTATION);
        JsonNode className = obj.path("spec").get("ingressClassName");
        if (annotation != null && className != null && !className.isNull() && !annotation.asText().equals(className.asText())) {
            errors.add(FieldError.invalid("annotations." + CLASS_ANNOTATION, annotation.asText(),
                    "must match `ingressClassName` when both are specified"));
        }
        return errors;
    }

    /** An update keeps accepting TLS secret names that older servers let in. */
    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        return validateSpec(obj.path("spec"), true);
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode ingress = obj.path("status").path("loadBalancer").path("ingress");
        for (int i = 0; i < ingress.size(); i++) {
            String path = "status.loadBalancer.ingress[" + i + "]";
            JsonNode entry = ingress.get(i);
            if (entry.hasNonNull("ip")) {
                String ip = entry.path("ip").asText();
                Formats.isValidIP(ip).forEach(m -> errors.add(FieldError.invalid(path + ".ip", ip, m)));
            }
            if (entry.hasNonNull("hostname")) {
                String hostname = entry.path("hostname").asText();
                Formats.isDNS1123Subdomain(hostname).forEach(m -> errors.add(FieldError.invalid(path + ".hostname", hostname, m)));
                if (Formats.isIP(hostname)) {
                    errors.add(FieldError.invalid(path + ".hostname", hostname, "must be a DNS name, not an IP address"));
                }
            }
        }
        return errors;
    }

    private static List<FieldError> validateSpec(JsonNode spec, boolean update) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode rules = spec.path("rules");
        JsonNode defaultBackend = spec.path("defaultBackend");
        boolean hasDefault = defaultBackend.isObject();
        if (rules.isEmpty() && !hasDefault) {
            errors.add(FieldError.invalid("spec", new GoValue("[]networking.IngressRule(nil)"), "either `defaultBackend` or `rules` must be specified"));
        }
        if (hasDefault) {
            errors.addAll(IngressBackends.validate(defaultBackend, "spec.defaultBackend"));
        }
        for (int i = 0; i < rules.size(); i++) {
            errors.addAll(rule(rules.get(i), "spec.rules[" + i + "]"));
        }
        JsonNode tls = spec.path("tls");
        for (int i = 0; i < tls.size(); i++) {
            String path = "spec.tls[" + i + "]";
            JsonNode hosts = tls.get(i).path("hosts");
            for (int j = 0; j < hosts.size(); j++) {
                String host = hosts.get(j).asText();
                List<String> problems = host.contains("*") ? IngressHosts.wildcardProblems(host) : Formats.isDNS1123Subdomain(host);
                String at = path + ".hosts[" + j + "]";
                problems.forEach(m -> errors.add(FieldError.invalid(at, host, m)));
            }
            String secret = tls.get(i).path("secretName").asText("");
            if (!secret.isEmpty() && !update) {
                NameValidator.DNS1123_SUBDOMAIN.validate(secret, false)
                        .forEach(m -> errors.add(FieldError.invalid(path + ".secretName", secret, m)));
            }
        }
        JsonNode className = spec.get("ingressClassName");
        if (className != null && !className.isNull()) {
            String name = className.asText();
            NameValidator.DNS1123_SUBDOMAIN.validate(name, false)
                    .forEach(m -> errors.add(FieldError.invalid("spec.ingressClassName", name, m)));
        }
        return errors;
    }

    private static List<FieldError> rule(JsonNode rule, String path) {
        List<FieldError> errors = new ArrayList<>();
        String host = rule.path("host").asText("");
        if (!host.isEmpty()) {
            if (Formats.isIP(host)) {
                errors.add(FieldError.invalid(path + ".host", host, "must be a DNS name, not an IP address"));
            }
            List<String> problems = host.contains("*") ? IngressHosts.wildcardProblems(host) : Formats.isDNS1123Subdomain(host);
            problems.forEach(m -> errors.add(FieldError.invalid(path + ".host", host, m)));
        }
        JsonNode http = rule.path("http");
        if (http.isObject()) {
            JsonNode paths = http.path("paths");
            if (paths.isEmpty()) {
                errors.add(FieldError.required(path + ".http.paths", ""));
            }
            for (int i = 0; i < paths.size(); i++) {
                errors.addAll(IngressPaths.validate(paths.get(i), path + ".http.paths[" + i + "]"));
            }
        }
        return errors;
    }
}
