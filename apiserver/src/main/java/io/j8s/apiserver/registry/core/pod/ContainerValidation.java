package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.core.ResourceValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation of one container, as Kubernetes' {@code validateContainerCommon} and its callees. */
final class ContainerValidation {

    private ContainerValidation() {}

    static List<FieldError> validate(JsonNode c, FieldPath path, Set<String> volumes, Set<String> names,
                                     boolean init, boolean hostNetwork) {
        List<FieldError> errs = new ArrayList<>();
        String name = c.path("name").asText("");
        if (name.isEmpty()) {
            errs.add(FieldError.required(path.child("name").path(), ""));
        } else {
            for (String msg : Formats.isDNS1123Label(name)) {
                errs.add(FieldError.invalid(path.child("name").path(), name, msg));
            }
            if (!names.add(name)) {
                errs.add(FieldError.duplicate(path.child("name").path(), name));
            }
        }
        String image = c.path("image").asText("");
        if (image.isEmpty()) {
            errs.add(FieldError.required(path.child("image").path(), ""));
        }
        errs.addAll(ports(c.path("ports"), path.child("ports"), hostNetwork));
        errs.addAll(env(c.path("env"), path.child("env")));
        errs.addAll(envFrom(c.path("envFrom"), path.child("envFrom")));
        errs.addAll(SecurityContextValidation.container(c.path("securityContext"), path.child("securityContext")));
        errs.addAll(mounts(c.path("volumeMounts"), path.child("volumeMounts"), volumes));
        errs.addAll(ResourceValidation.resourceRequirements(c.path("resources"), path.child("resources")));
        errs.addAll(PodSpecValidation.oneOf(c.path("imagePullPolicy"), path.child("imagePullPolicy"), PodSpecValidation.pullPolicies()));
        errs.addAll(PodSpecValidation.oneOf(c.path("terminationMessagePolicy"), path.child("terminationMessagePolicy"),
                PodSpecValidation.terminationMessagePolicies()));
        errs.addAll(probesAndHooks(c, path, init));
        return errs;
    }

    private static List<FieldError> probesAndHooks(JsonNode c, FieldPath path, boolean init) {
        List<FieldError> errs = new ArrayList<>();
        String restartPolicy = c.path("restartPolicy").asText("");
        boolean sidecar = init && restartPolicy.equals("Always");
        if (!restartPolicy.isEmpty()) {
            if (!init) {
                errs.add(FieldError.forbidden(path.child("restartPolicy").path(), "may not be set for non-init containers"));
            } else if (!sidecar) {
                errs.add(FieldError.notSupported(path.child("restartPolicy").path(), restartPolicy, List.of("Always")));
            }
        }
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            JsonNode p = c.path(probe);
            if (p.isMissingNode() || p.isNull()) {
                continue;
            }
            if (init && !sidecar) {
                errs.add(FieldError.forbidden(path.child(probe).path(), "may not be set for init containers without restartPolicy=Always"));
                continue;
            }
            errs.addAll(Handlers.validate(p, path.child(probe), Handlers.PROBE));
            for (String f : List.of("initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold")) {
                errs.addAll(ResourceValidation.nonNegative(p.path(f), path.child(probe, f)));
            }
            if (!probe.equals("readinessProbe") && p.has("successThreshold") && p.path("successThreshold").asLong() != 1) {
                errs.add(FieldError.invalid(path.child(probe, "successThreshold").path(), p.path("successThreshold").asLong(), "must be 1"));
            }
        }
        JsonNode lifecycle = c.path("lifecycle");
        for (String hook : List.of("postStart", "preStop")) {
            JsonNode h = lifecycle.path(hook);
            if (!h.isMissingNode() && !h.isNull()) {
                errs.addAll(Handlers.validate(h, path.child("lifecycle", hook), Handlers.LIFECYCLE));
            }
        }
        return errs;
    }

    private static List<FieldError> ports(JsonNode ports, FieldPath path, boolean hostNetwork) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int i = 0;
        for (JsonNode p : ports) {
            FieldPath at = path.index(i++);
            String name = p.path("name").asText("");
            if (!name.isEmpty()) {
                List<String> msgs = Formats.isValidPortName(name);
                if (!msgs.isEmpty()) {
                    msgs.forEach(msg -> errs.add(FieldError.invalid(at.child("name").path(), name, msg)));
                } else if (!names.add(name)) {
                    errs.add(FieldError.duplicate(at.child("name").path(), name));
                }
            }
            long containerPort = p.path("containerPort").asLong(0);
            if (containerPort == 0) {
                errs.add(FieldError.required(at.child("containerPort").path(), ""));
            } else {
                Formats.isValidPortNum(containerPort).forEach(msg ->
                        errs.add(FieldError.invalid(at.child("containerPort").path(), containerPort, msg)));
            }
            long hostPort = p.path("hostPort").asLong(0);
            if (hostPort != 0) {
                Formats.isValidPortNum(hostPort).forEach(msg ->
                        errs.add(FieldError.invalid(at.child("hostPort").path(), hostPort, msg)));
            }
            if (hostNetwork && hostPort != 0 && hostPort != containerPort) {
                errs.add(FieldError.invalid(at.child("containerPort").path(), containerPort,
                        "must match `hostPort` when `hostNetwork` is true"));
            }
            errs.addAll(PodSpecValidation.oneOf(p.path("protocol"), at.child("protocol"), PodSpecValidation.protocols()));
        }
        return errs;
    }

    private static List<FieldError> env(JsonNode env, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode e : env) {
            FieldPath at = path.index(i++);
            String name = e.path("name").asText("");
            if (name.isEmpty()) {
                errs.add(FieldError.required(at.child("name").path(), ""));
            }
            for (String msg : Formats.isRelaxedEnvVarName(name)) {
                errs.add(FieldError.invalid(at.child("name").path(), name, msg));
            }
            errs.addAll(valueFrom(e, at.child("valueFrom")));
        }
        return errs;
    }

    private static List<FieldError> envFrom(JsonNode sources, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode s : sources) {
            FieldPath at = path.index(i++);
            String prefix = s.path("prefix").asText("");
            if (!prefix.isEmpty()) {
                Formats.isRelaxedEnvVarName(prefix).forEach(msg -> errs.add(FieldError.invalid(at.child("prefix").path(), prefix, msg)));
            }
            int count = 0;
            for (String ref : List.of("configMapRef", "secretRef")) {
                JsonNode r = s.path(ref);
                if (r.isMissingNode() || r.isNull()) {
                    continue;
                }
                count++;
                String name = r.path("name").asText("");
                if (name.isEmpty()) {
                    errs.add(FieldError.required(at.child(ref, "name").path(), ""));
                } else {
                    Formats.isDNS1123Subdomain(name).forEach(msg -> errs.add(FieldError.invalid(at.child(ref, "name").path(), name, msg)));
                }
            }
            if (count == 0) {
                errs.add(FieldError.invalid(path.path(), "", "must specify one of: `configMapRef` or `secretRef`"));
            } else if (count > 1) {
                errs.add(FieldError.invalid(path.path(), "", "may not have more than one field specified at a time"));
            }
        }
        return errs;
    }

    private static List<FieldError> valueFrom(JsonNode e, FieldPath path) {
        JsonNode from = e.path("valueFrom");
        if (from.isMissingNode() || from.isNull()) {
            return List.of();
        }
        List<FieldError> errs = new ArrayList<>();
        int sources = 0;
        for (String s : List.of("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef")) {
            JsonNode ref = from.path(s);
            if (ref.isMissingNode() || ref.isNull()) {
                continue;
            }
            sources++;
            switch (s) {
                case "fieldRef" -> {
                    if (ref.path("fieldPath").asText("").isEmpty()) {
                        errs.add(FieldError.required(path.child(s, "fieldPath").path(), ""));
                    }
                }
                case "resourceFieldRef" -> {
                    if (ref.path("resource").asText("").isEmpty()) {
                        errs.add(FieldError.required(path.child(s, "resource").path(), ""));
                    }
                }
                default -> {
                    String key = ref.path("key").asText("");
                    if (key.isEmpty()) {
                        errs.add(FieldError.required(path.child(s, "key").path(), ""));
                    } else {
                        Formats.isConfigMapKey(key).forEach(msg -> errs.add(FieldError.invalid(path.child(s, "key").path(), key, msg)));
                    }
                    if (ref.path("name").asText("").isEmpty()) {
                        errs.add(FieldError.required(path.child(s, "name").path(), ""));
                    }
                }
            }
        }
        if (sources == 0) {
            errs.add(FieldError.invalid(path.path(), "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
        } else if (sources > 1) {
            errs.add(FieldError.invalid(path.path(), "", "may not have more than one field specified at a time"));
        } else if (!e.path("value").asText("").isEmpty()) {
            errs.add(FieldError.invalid(path.path(), "", "may not be specified when `value` is not empty"));
        }
        return errs;
    }

    private static List<FieldError> mounts(JsonNode mounts, FieldPath path, Set<String> volumes) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> mountPaths = new HashSet<>();
        int i = 0;
        for (JsonNode m : mounts) {
            FieldPath at = path.index(i++);
            String name = m.path("name").asText("");
            if (name.isEmpty()) {
                errs.add(FieldError.required(at.child("name").path(), ""));
            } else if (!volumes.contains(name)) {
                errs.add(FieldError.notFound(at.child("name").path(), name));
            }
            String mountPath = m.path("mountPath").asText("");
            if (mountPath.isEmpty()) {
                errs.add(FieldError.required(at.child("mountPath").path(), ""));
            } else if (!mountPaths.add(mountPath)) {
                errs.add(FieldError.invalid(at.child("mountPath").path(), mountPath, "must be unique"));
            }
            String subPath = m.path("subPath").asText("");
            if (subPath.startsWith("/")) {
                errs.add(FieldError.invalid(at.child("subPath").path(), subPath, "must be a relative path"));
            } else if (List.of(subPath.split("/")).contains("..")) {
                errs.add(FieldError.invalid(at.child("subPath").path(), subPath, "must not contain '..'"));
            }
        }
        return errs;
    }
}
