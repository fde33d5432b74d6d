package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.core.SpecDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * What an update may change in a pod's spec, as Kubernetes' {@code ValidatePodUpdate}: container
 * images, a shorter activeDeadlineSeconds, added tolerations, removed scheduling gates, and a
 * negative grace period raised to 1. Anything else is {@code spec: Forbidden: pod updates may not
 * change fields other than ...}.
 */
final class PodUpdateValidation {

    private PodUpdateValidation() {}

    static final String UPDATABLE = "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,"
            + "`spec.tolerations` (only additions to existing tolerations),"
            + "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    private static final FieldPath SPEC = FieldPath.root("spec");

    static List<FieldError> validate(JsonNode spec, JsonNode oldSpec) {
        List<FieldError> errs = new ArrayList<>();
        for (String list : List.of("containers", "initContainers")) {
            if (spec.path(list).size() != oldSpec.path(list).size()) {
                errs.add(FieldError.forbidden(SPEC.child(list).path(), "pod updates may not add or remove containers"));
                return errs;
            }
        }
        errs.addAll(activeDeadline(spec.path("activeDeadlineSeconds"), oldSpec.path("activeDeadlineSeconds")));
        errs.addAll(onlyAddedTolerations(spec.path("tolerations"), oldSpec.path("tolerations")));
        errs.addAll(onlyRemovedSchedulingGates(spec.path("schedulingGates"), oldSpec.path("schedulingGates")));
        ObjectNode munged = spec.deepCopy();
        ObjectNode old = oldSpec.deepCopy();
        for (String list : List.of("containers", "initContainers")) {
            for (int i = 0; i < munged.path(list).size(); i++) {
                JsonNode image = old.path(list).get(i).get("image");
                if (munged.path(list).get(i) instanceof ObjectNode c) {
                    if (image == null) {
                        c.remove("image");
                    } else {
                        c.set("image", image);
                    }
                }
            }
        }
        for (String field : List.of("activeDeadlineSeconds", "tolerations", "schedulingGates")) {
            copy(old, munged, field);
        }
        if (old.path("terminationGracePeriodSeconds").asLong(0) < 0 && munged.path("terminationGracePeriodSeconds").asLong(0) == 1) {
            copy(old, munged, "terminationGracePeriodSeconds");
        }
        List<String> changed = SpecDiff.lines(old, munged, SPEC);
        if (!changed.isEmpty()) {
            errs.add(FieldError.forbidden(SPEC.path(),
                    "pod updates may not change fields other than " + UPDATABLE + "\n" + String.join("\n", changed)));
        }
        return errs;
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field));
        } else {
            to.remove(field);
        }
    }

    private static List<FieldError> activeDeadline(JsonNode value, JsonNode old) {
        FieldPath path = SPEC.child("activeDeadlineSeconds");
        boolean hasNew = value.isNumber();
        boolean hasOld = old.isNumber();
        if (hasNew) {
            long v = value.asLong();
            if (v < 0 || v > Integer.MAX_VALUE) {
                return List.of(FieldError.invalid(path.path(), v, Formats.inclusiveRangeError(0, Integer.MAX_VALUE)));
            }
            if (hasOld && old.asLong() < v) {
                return List.of(FieldError.invalid(path.path(), v, "must be less than or equal to previous value"));
            }
        } else if (hasOld) {
            return List.of(FieldError.invalid(path.path(), "null", "must not update from a positive integer to nil value"));
        }
        return List.of();
    }

    private static List<FieldError> onlyAddedTolerations(JsonNode tolerations, JsonNode old) {
        List<FieldError> errs = new ArrayList<>();
        for (JsonNode o : old) {
            boolean kept = false;
            for (JsonNode n : tolerations) {
                if (sameIgnoringSeconds(o, n)) {
                    kept = true;
                    break;
                }
            }
            if (!kept) {
                errs.add(FieldError.forbidden(SPEC.child("tolerations").path(),
                        "existing toleration can not be modified except its tolerationSeconds"));
                break;
            }
        }
        return errs;
    }

    /** Scheduling gates can only be removed once a pod exists, as Kubernetes' {@code validateOnlyDeletedSchedulingGates}. */
    private static List<FieldError> onlyRemovedSchedulingGates(JsonNode gates, JsonNode old) {
        List<String> before = new ArrayList<>();
        old.forEach(g -> before.add(g.path("name").asText("")));
        List<FieldError> errs = new ArrayList<>();
        int i = 0;
        for (JsonNode gate : gates) {
            String name = gate.path("name").asText("");
            if (!before.contains(name)) {
                errs.add(FieldError.forbidden(SPEC.child("schedulingGates").index(i).path(),
                        "only deletion is allowed, but found new scheduling gate '" + name + "'"));
            }
            i++;
        }
        return errs;
    }

    private static boolean sameIgnoringSeconds(JsonNode a, JsonNode b) {
        for (String f : List.of("key", "operator", "value", "effect")) {
            if (!a.path(f).asText("").equals(b.path(f).asText(""))) {
                return false;
            }
        }
        return true;
    }
}
