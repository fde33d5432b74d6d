package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validation of a pod spec and of pod templates, as Kubernetes' {@code ValidatePodSpec} and
 * {@code ValidatePodTemplateSpec}: containers, volumes and mounts, ports, env, resources, probes,
 * policies, node selector and tolerations. Expects defaults to have been applied.
 */
public final class PodSpecValidation {

    private PodSpecValidation() {}

    static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
    static final List<String> DNS_POLICIES = List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");
    private static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    private static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");
    private static final List<String> TERMINATION_MESSAGE_POLICIES = List.of("FallbackToLogsOnError", "File");
    private static final List<String> TAINT_EFFECTS = List.of("NoExecute", "NoSchedule", "PreferNoSchedule");

    /**
     * Problems of a {@code PodTemplateSpec} at {@code path} (such as {@code spec.template}): its
     * labels and annotations (reported at {@code <path>.labels} as Kubernetes does) and its spec.
     */
    public static List<FieldError> validateTemplate(JsonNode template, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        JsonNode meta = template.path("metadata");
        errs.addAll(ObjectMetaValidation.validateLabels(meta.path("labels"), path.child("labels")));
        errs.addAll(ObjectMetaValidation.validateAnnotations(meta.path("annotations"), path.child("annotations")));
        errs.addAll(validatePodSpec(template.path("spec"), path.child("spec")));
        if (!template.path("spec").path("ephemeralContainers").isEmpty()) {
            errs.add(FieldError.forbidden(path.child("spec", "ephemeralContainers").path(),
                    "ephemeral containers not allowed in pod template"));
        }
        return errs;
    }

    /** Problems of a {@code PodSpec} at {@code path} (such as {@code spec}). */
    public static List<FieldError> validatePodSpec(JsonNode spec, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> volumes = new HashSet<>();
        errs.addAll(validateVolumes(spec.path("volumes"), path.child("volumes"), volumes));
        JsonNode containers = spec.path("containers");
        if (containers.isEmpty()) {
            errs.add(FieldError.required(path.child("containers").path(), ""));
        }
        Set<String> names = new HashSet<>();
        boolean hostNetwork = spec.path("hostNetwork").asBoolean(false);
        int i = 0;
        for (JsonNode c : spec.path("initContainers")) {
            errs.addAll(ContainerValidation.validate(c, path.child("initContainers").index(i++), volumes, names, true, hostNetwork));
        }
        i = 0;
        for (JsonNode c : containers) {
            errs.addAll(ContainerValidation.validate(c, path.child("containers").index(i++), volumes, names, false, hostNetwork));
        }
        errs.addAll(validateHostPorts(spec, path));
        errs.addAll(oneOf(spec.path("restartPolicy"), path.child("restartPolicy"), RESTART_POLICIES));
        errs.addAll(validateDns(spec, path));
        errs.addAll(ObjectMetaValidation.validateLabels(spec.path("nodeSelector"), path.child("nodeSelector")));
        errs.addAll(validateTolerations(spec.path("tolerations"), path.child("tolerations")));
        errs.addAll(names(spec, "serviceAccountName", path, NameValidator.DNS1123_SUBDOMAIN));
        errs.addAll(names(spec, "nodeName", path, NameValidator.DNS1123_SUBDOMAIN));
        errs.addAll(names(spec, "priorityClassName", path, NameValidator.DNS1123_SUBDOMAIN));
        errs.addAll(names(spec, "hostname", path, NameValidator.DNS1123_LABEL));
        errs.addAll(names(spec, "subdomain", path, NameValidator.DNS1123_LABEL));
        JsonNode deadline = spec.path("activeDeadlineSeconds");
        if (deadline.isNumber() && (deadline.asLong() < 1 || deadline.asLong() > Integer.MAX_VALUE)) {
            errs.add(FieldError.invalid(path.child("activeDeadlineSeconds").path(), deadline.asLong(),
                    Formats.inclusiveRangeError(1, Integer.MAX_VALUE)));
        }
        errs.addAll(hostAliases(spec.path("hostAliases"), path.child("hostAliases")));
        errs.addAll(schedulingGates(spec.path("schedulingGates"), path.child("schedulingGates")));
        errs.addAll(SecurityContextValidation.pod(spec.path("securityContext"), path.child("securityContext")));
        errs.addAll(SchedulingValidation.validate(spec, path));
        return errs;
    }

    private static List<FieldError> schedulingGates(JsonNode gates, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode gate : gates) {
            FieldPath at = path.index(i++).child("name");
            String name = gate.path("name").asText("");
            Formats.isQualifiedName(name).forEach(msg -> errs.add(FieldError.invalid(at.path(), name, msg)));
            if (!seen.add(name)) {
                errs.add(FieldError.duplicate(at.path(), name));
            }
        }
        return errs;
    }

    private static List<FieldError> hostAliases(JsonNode aliases, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode alias : aliases) {
            FieldPath at = path.index(i++);
            String ip = alias.path("ip").asText("");
            if (ip.isEmpty()) {
                errs.add(FieldError.required(at.child("ip").path(), ""));
            } else {
                Formats.isValidIP(ip).forEach(msg -> errs.add(FieldError.invalid(at.child("ip").path(), ip, msg)));
            }
            int j = 0;
            for (JsonNode hostname : alias.path("hostnames")) {
                FieldPath h = at.child("hostnames").index(j++);
                Formats.isDNS1123Subdomain(hostname.asText("")).forEach(msg -> errs.add(FieldError.invalid(h.path(), hostname.asText(""), msg)));
            }
        }
        return errs;
    }

    private static List<FieldError> names(JsonNode spec, String field, FieldPath path, NameValidator rule) {
        String value = spec.path(field).asText("");
        if (value.isEmpty()) {
            return List.of();
        }
        return rule.validate(value, false).stream()
                .map(msg -> FieldError.invalid(path.child(field).path(), value, msg)).toList();
    }

    /** Required, and one of the supported values. */
    static List<FieldError> oneOf(JsonNode value, FieldPath path, List<String> supported) {
        String v = value.asText("");
        if (v.isEmpty()) {
            return List.of(FieldError.required(path.path(), ""));
        }
        return supported.contains(v) ? List.of() : List.of(FieldError.notSupported(path.path(), v, supported));
    }

    private static List<FieldError> validateVolumes(JsonNode volumes, FieldPath path, Set<String> names) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode v : volumes) {
            FieldPath at = path.index(i++);
            String name = v.path("name").asText("");
            if (name.isEmpty()) {
                errs.add(FieldError.required(at.child("name").path(), ""));
            } else {
                for (String msg : Formats.isDNS1123Label(name)) {
                    errs.add(FieldError.invalid(at.child("name").path(), name, msg));
                }
                if (!names.add(name)) {
                    errs.add(FieldError.duplicate(at.child("name").path(), name));
                }
            }
            List<String> sources = PodSpecDefaults.volumeSources(v);
            if (sources.isEmpty()) {
                errs.add(FieldError.required(at.path(), "must specify a volume type"));
            }
            for (String extra : sources.subList(Math.min(1, sources.size()), sources.size())) {
                errs.add(FieldError.forbidden(at.child(extra).path(), "may not specify more than 1 volume type"));
            }
            errs.addAll(VolumeSourceValidation.validate(v, at));
        }
        return errs;
    }

    private static List<FieldError> validateHostPorts(JsonNode spec, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int ci = 0;
        for (JsonNode c : spec.path("containers")) {
            int pi = 0;
            for (JsonNode p : c.path("ports")) {
                long hostPort = p.path("hostPort").asLong(0);
                if (hostPort != 0) {
                    String key = p.path("hostIP").asText("") + "/" + p.path("protocol").asText("TCP") + "/" + hostPort;
                    if (!seen.add(key)) {
                        errs.add(FieldError.duplicate(path.child("containers").index(ci).child("ports").index(pi).child("hostPort").path(), key));
                    }
                }
                pi++;
            }
            ci++;
        }
        return errs;
    }

    private static List<FieldError> validateDns(JsonNode spec, FieldPath path) {
        List<FieldError> errs = new ArrayList<>(oneOf(spec.path("dnsPolicy"), path.child("dnsPolicy"), DNS_POLICIES));
        if (spec.path("dnsPolicy").asText("").equals("None") && spec.path("dnsConfig").path("nameservers").isEmpty()) {
            errs.add(FieldError.required(path.child("dnsConfig", "nameservers").path(),
                    "must provide at least one DNS nameserver when DNSPolicy is None"));
        }
        int i = 0;
        for (JsonNode ns : spec.path("dnsConfig").path("nameservers")) {
            for (String msg : Formats.isValidIP(ns.asText(""))) {
                errs.add(FieldError.invalid(path.child("dnsConfig", "nameservers").index(i).path(), ns.asText(""), msg));
            }
            i++;
        }
        return errs;
    }

    /** Tolerations, as Kubernetes' {@code ValidateTolerations}. */
    public static List<FieldError> validateTolerations(JsonNode tolerations, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode t : tolerations) {
            FieldPath at = path.index(i++);
            String key = t.path("key").asText("");
            String operator = t.path("operator").asText("");
            String value = t.path("value").asText("");
            String effect = t.path("effect").asText("");
            if (!key.isEmpty()) {
                for (String msg : Formats.isQualifiedName(key)) {
                    errs.add(FieldError.invalid(at.child("key").path(), key, msg));
                }
            }
            if (key.isEmpty() && !operator.equals("Exists")) {
                errs.add(FieldError.invalid(at.child("operator").path(), operator,
                        "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
            }
            if (t.hasNonNull("tolerationSeconds") && !effect.equals("NoExecute")) {
                errs.add(FieldError.invalid(at.child("effect").path(), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
            }
            switch (operator) {
                case "Equal", "" -> {
                    for (String msg : Formats.isValidLabelValue(value)) {
                        errs.add(FieldError.invalid(at.child("operator").path(), value, msg));
                    }
                }
                case "Exists" -> {
                    if (!value.isEmpty()) {
                        errs.add(FieldError.invalid(at.child("operator").path(), t, "value must be empty when `operator` is 'Exists'"));
                    }
                }
                default -> errs.add(FieldError.notSupported(at.child("operator").path(), operator, List.of("Equal", "Exists")));
            }
            if (!effect.isEmpty() && !TAINT_EFFECTS.contains(effect)) {
                errs.add(FieldError.notSupported(at.child("effect").path(), effect, TAINT_EFFECTS));
            }
        }
        return errs;
    }

    static List<String> protocols() {
        return PROTOCOLS;
    }

    static List<String> pullPolicies() {
        return PULL_POLICIES;
    }

    static List<String> terminationMessagePolicies() {
        return TERMINATION_MESSAGE_POLICIES;
    }
}
