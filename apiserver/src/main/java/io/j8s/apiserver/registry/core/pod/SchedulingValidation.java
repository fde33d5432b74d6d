package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.LabelSelectorValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scheduling parts of a pod spec, as Kubernetes' {@code validateAffinity} and
 * {@code validateTopologySpreadConstraints}: node selector terms and their operators, preferred
 * term weights, pod (anti-)affinity topology keys and selectors, spread constraints.
 */
final class SchedulingValidation {

    private SchedulingValidation() {}

    private static final List<String> WHEN_UNSATISFIABLE = List.of("DoNotSchedule", "ScheduleAnyway");

    static List<FieldError> validate(JsonNode spec, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        JsonNode affinity = spec.path("affinity");
        FieldPath at = path.child("affinity");
        JsonNode nodeAffinity = affinity.path("nodeAffinity");
        JsonNode required = nodeAffinity.path("requiredDuringSchedulingIgnoredDuringExecution");
        if (!required.isMissingNode() && !required.isNull()) {
            errs.addAll(nodeSelector(required, at.child("nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution")));
        }
        int i = 0;
        for (JsonNode term : nodeAffinity.path("preferredDuringSchedulingIgnoredDuringExecution")) {
            FieldPath t = at.child("nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution").index(i++);
            errs.addAll(weight(term, t));
            errs.addAll(nodeSelectorTerm(term.path("preference"), t.child("preference")));
        }
        for (String kind : List.of("podAffinity", "podAntiAffinity")) {
            int j = 0;
            for (JsonNode term : affinity.path(kind).path("requiredDuringSchedulingIgnoredDuringExecution")) {
                errs.addAll(podAffinityTerm(term, at.child(kind, "requiredDuringSchedulingIgnoredDuringExecution").index(j++)));
            }
            j = 0;
            for (JsonNode term : affinity.path(kind).path("preferredDuringSchedulingIgnoredDuringExecution")) {
                FieldPath t = at.child(kind, "preferredDuringSchedulingIgnoredDuringExecution").index(j++);
                errs.addAll(weight(term, t));
                errs.addAll(podAffinityTerm(term.path("podAffinityTerm"), t.child("podAffinityTerm")));
            }
        }
        errs.addAll(spreadConstraints(spec.path("topologySpreadConstraints"), path.child("topologySpreadConstraints")));
        return errs;
    }

    private static List<FieldError> nodeSelector(JsonNode selector, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        JsonNode terms = selector.path("nodeSelectorTerms");
        if (terms.isEmpty()) {
            errs.add(FieldError.required(path.child("nodeSelectorTerms").path(), "must have at least one node selector term"));
        }
        int i = 0;
        for (JsonNode term : terms) {
            errs.addAll(nodeSelectorTerm(term, path.child("nodeSelectorTerms").index(i++)));
        }
        return errs;
    }

    private static List<FieldError> nodeSelectorTerm(JsonNode term, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode req : term.path("matchExpressions")) {
            errs.addAll(requirement(req, path.child("matchExpressions").index(i++), true));
        }
        i = 0;
        for (JsonNode req : term.path("matchFields")) {
            FieldPath at = path.child("matchFields").index(i++);
            errs.addAll(requirement(req, at, false));
            if (!req.path("key").asText("").equals("metadata.name")) {
                errs.add(FieldError.invalid(at.child("key").path(), req.path("key").asText(""), "not a valid field selector key"));
            }
        }
        return errs;
    }

    private static List<FieldError> requirement(JsonNode req, FieldPath path, boolean labelKey) {
        List<FieldError> errs = new ArrayList<>();
        String operator = req.path("operator").asText("");
        int values = req.path("values").size();
        switch (operator) {
            case "In", "NotIn" -> {
                if (values == 0) {
                    errs.add(FieldError.required(path.child("values").path(), "must be specified when `operator` is 'In' or 'NotIn'"));
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (values > 0) {
                    errs.add(FieldError.forbidden(path.child("values").path(), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }
            }
            case "Gt", "Lt" -> {
                if (values != 1) {
                    errs.add(FieldError.required(path.child("values").path(), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
                }
            }
            default -> errs.add(FieldError.invalid(path.child("operator").path(), operator, "not a valid selector operator"));
        }
        if (labelKey) {
            String key = req.path("key").asText("");
            Formats.isQualifiedName(key).forEach(msg -> errs.add(FieldError.invalid(path.child("key").path(), key, msg)));
        }
        return errs;
    }

    private static List<FieldError> weight(JsonNode term, FieldPath path) {
        long weight = term.path("weight").asLong(0);
        if (weight < 1 || weight > 100) {
            return List.of(FieldError.invalid(path.child("weight").path(), weight, "must be in the range 1-100"));
        }
        return List.of();
    }

    private static List<FieldError> podAffinityTerm(JsonNode term, FieldPath path) {
        List<FieldError> errs = new ArrayList<>(LabelSelectorValidation.validate(term.path("labelSelector"), path.child("labelSelector")));
        errs.addAll(LabelSelectorValidation.validate(term.path("namespaceSelector"), path.child("namespaceSelector")));
        int i = 0;
        for (JsonNode ns : term.path("namespaces")) {
            FieldPath at = path.child("namespaces").index(i++);
            Formats.isDNS1123Label(ns.asText("")).forEach(msg -> errs.add(FieldError.invalid(at.path(), ns.asText(""), msg)));
        }
        String topologyKey = term.path("topologyKey").asText("");
        if (topologyKey.isEmpty()) {
            errs.add(FieldError.required(path.child("topologyKey").path(), "can not be empty"));
        } else {
            Formats.isQualifiedName(topologyKey).forEach(msg -> errs.add(FieldError.invalid(path.child("topologyKey").path(), topologyKey, msg)));
        }
        return errs;
    }

    private static List<FieldError> spreadConstraints(JsonNode constraints, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode c : constraints) {
            FieldPath at = path.index(i++);
            long maxSkew = c.path("maxSkew").asLong(0);
            if (maxSkew <= 0) {
                errs.add(FieldError.invalid(at.child("maxSkew").path(), maxSkew, "must be greater than zero"));
            }
            String key = c.path("topologyKey").asText("");
            if (key.isEmpty()) {
                errs.add(FieldError.required(at.child("topologyKey").path(), "can not be empty"));
            } else {
                Formats.isQualifiedName(key).forEach(msg -> errs.add(FieldError.invalid(at.child("topologyKey").path(), key, msg)));
            }
            String action = c.path("whenUnsatisfiable").asText("");
            if (!WHEN_UNSATISFIABLE.contains(action)) {
                errs.add(FieldError.notSupported(at.child("whenUnsatisfiable").path(), action, WHEN_UNSATISFIABLE));
            }
            if (c.has("minDomains") && c.path("minDomains").asLong(0) <= 0) {
                errs.add(FieldError.invalid(at.child("minDomains").path(), c.path("minDomains").asLong(), "must be greater than zero"));
            }
            if (!key.isEmpty() && !seen.add(key + "/" + action)) {
                errs.add(FieldError.duplicate(at.path(), "{" + key + ", " + action + "}"));
            }
            errs.addAll(LabelSelectorValidation.validate(c.path("labelSelector"), at.child("labelSelector")));
        }
        return errs;
    }
}
