package io.j8s.apiserver.registry.core.persistentvolumeclaim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.LabelSelectorValidation;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import io.j8s.apiserver.registry.core.ResourceValidation;
import io.j8s.apiserver.registry.core.SpecDiff;
import io.j8s.apiserver.registry.core.persistentvolume.AccessModes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * PersistentVolumeClaims, as Kubernetes' {@code persistentvolumeclaimStrategy}: volume mode
 * Filesystem by default, phase Pending on create; access modes and a positive storage request
 * required; the spec is immutable but for a bound claim's storage request (which may grow) and a
 * volumeName set once.
 */
public final class PersistentVolumeClaimStrategy implements Strategy {

    private static final FieldPath SPEC = FieldPath.root("spec");

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        if (spec != null) {
            Defaulting.text(spec, "volumeMode", "Filesystem");
        }
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.putObject("status").put("phase", "Pending");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        JsonNode spec = obj.path("spec");
        List<FieldError> errs = new ArrayList<>(AccessModes.validate(spec.path("accessModes"), SPEC.child("accessModes"),
                "at least 1 access mode is required"));
        errs.addAll(LabelSelectorValidation.validate(spec.path("selector"), SPEC.child("selector")));
        JsonNode storage = spec.path("resources").path("requests").get("storage");
        FieldPath storagePath = SPEC.child("resources").key("storage");
        if (storage == null) {
            errs.add(FieldError.required(storagePath.path(), ""));
        } else {
            BigDecimal q = ResourceValidation.quantity(storage);
            if (q == null) {
                errs.addAll(ResourceValidation.validQuantity(storage, storagePath));
            } else if (q.signum() <= 0) {
                errs.add(FieldError.invalid(storagePath.path(), storage.asText(), "must be greater than zero"));
            }
        }
        errs.addAll(AccessModes.volumeMode(spec.path("volumeMode"), SPEC.child("volumeMode")));
        String storageClass = spec.path("storageClassName").asText("");
        if (!storageClass.isEmpty()) {
            NameValidator.DNS1123_SUBDOMAIN.validate(storageClass, false)
                    .forEach(msg -> errs.add(FieldError.invalid(SPEC.child("storageClassName").path(), storageClass, msg)));
        }
        return errs;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>(validate(obj));
        ObjectNode spec = obj.path("spec").isObject() ? ((ObjectNode) obj.get("spec")).deepCopy() : Defaulting.existing(obj, "spec");
        ObjectNode oldSpec = old.path("spec").isObject() ? ((ObjectNode) old.get("spec")).deepCopy() : null;
        if (spec == null || oldSpec == null) {
            return errs;
        }
        if (oldSpec.path("volumeName").asText("").isEmpty()) {
            copy(spec, oldSpec, "volumeName");
        }
        boolean bound = obj.path("status").path("phase").asText("").equals("Bound");
        JsonNode newStorage = spec.path("resources").path("requests").get("storage");
        JsonNode oldStorage = oldSpec.path("resources").path("requests").get("storage");
        if (bound && newStorage != null && oldStorage != null && spec.path("resources").path("requests") instanceof ObjectNode req) {
            req.set("storage", oldStorage);
        }
        copy(spec, oldSpec, "volumeAttributesClassName");
        List<String> changed = SpecDiff.lines(oldSpec, spec, SPEC);
        if (!changed.isEmpty()) {
            errs.add(FieldError.forbidden(SPEC.path(),
                    "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n"
                            + String.join("\n", changed)));
        }
        if (newStorage != null && oldStorage != null) {
            BigDecimal now = ResourceValidation.quantity(newStorage);
            BigDecimal before = ResourceValidation.quantity(oldStorage);
            if (now != null && before != null && now.compareTo(before) < 0) {
                JsonNode capacity = old.path("status").path("capacity").get("storage");
                BigDecimal allocated = capacity == null ? null : ResourceValidation.quantity(capacity);
                if (allocated == null) {
                    errs.add(FieldError.forbidden("spec.resources.requests.storage", "field can not be less than previous value"));
                } else if (now.compareTo(allocated) <= 0) {
                    errs.add(FieldError.forbidden("spec.resources.requests.storage", "field can not be less than status.capacity"));
                }
            }
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
}
