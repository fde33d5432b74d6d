package io.j8s.apiserver.registry.core.persistentvolume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import io.j8s.apiserver.registry.core.ResourceValidation;
import java.util.ArrayList;
import java.util.List;

/**
 * PersistentVolumes, as Kubernetes' {@code persistentvolumeStrategy}: reclaim policy Retain and
 * volume mode Filesystem by default, phase Pending on create; access modes, a storage capacity
 * and exactly one volume source required; the source and volume mode fixed after creation.
 */
public final class PersistentVolumeStrategy implements Strategy {

    private static final FieldPath SPEC = FieldPath.root("spec");
    private static final List<String> RECLAIM_POLICIES = List.of("Delete", "Recycle", "Retain");
    private static final List<String> PHASES = List.of("Available", "Bound", "Failed", "Pending", "Released");
    static final List<String> SOURCES = List.of("gcePersistentDisk", "awsElasticBlockStore", "hostPath", "glusterfs", "nfs",
            "rbd", "iscsi", "cinder", "cephfs", "fc", "flocker", "flexVolume", "azureFile", "vsphereVolume", "quobyte",
            "azureDisk", "photonPersistentDisk", "portworxVolume", "scaleIO", "local", "storageos", "csi");

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        if (spec != null) {
            Defaulting.text(spec, "persistentVolumeReclaimPolicy", "Retain");
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
        List<FieldError> errs = new ArrayList<>(AccessModes.validate(spec.path("accessModes"), SPEC.child("accessModes"), ""));
        JsonNode capacity = spec.path("capacity");
        if (capacity.isEmpty()) {
            errs.add(FieldError.required(SPEC.child("capacity").path(), ""));
        } else if (!capacity.has("storage") || capacity.size() > 1) {
            errs.add(FieldError.notSupported(SPEC.child("capacity").path(), capacity, List.of("storage")));
        } else {
            errs.addAll(ResourceValidation.validQuantity(capacity.get("storage"), SPEC.child("capacity").key("storage")));
        }
        String policy = spec.path("persistentVolumeReclaimPolicy").asText("");
        if (!RECLAIM_POLICIES.contains(policy)) {
            errs.add(FieldError.notSupported(SPEC.child("persistentVolumeReclaimPolicy").path(), policy, RECLAIM_POLICIES));
        }
        List<String> sources = SOURCES.stream().filter(spec::hasNonNull).toList();
        if (sources.isEmpty()) {
            errs.add(FieldError.required(SPEC.path(), "must specify a volume type"));
        }
        for (String extra : sources.subList(Math.min(1, sources.size()), sources.size())) {
            errs.add(FieldError.forbidden(SPEC.child(extra).path(), "may not specify more than 1 volume type"));
        }
        if (spec.path("hostPath").isObject() && spec.path("hostPath").path("path").asText("").isEmpty()) {
            errs.add(FieldError.required(SPEC.child("hostPath", "path").path(), ""));
        }
        if (spec.path("local").isObject() && spec.path("local").path("path").asText("").isEmpty()) {
            errs.add(FieldError.required(SPEC.child("local", "path").path(), ""));
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
        for (String source : SOURCES) {
            if (!ObjectMetaValidation.sameValue(obj.path("spec").path(source), old.path("spec").path(source))) {
                errs.add(FieldError.forbidden("spec.persistentvolumesource", "spec.persistentvolumesource is immutable after creation"));
                break;
            }
        }
        errs.addAll(ObjectMetaValidation.validateImmutable(obj.path("spec").path("volumeMode"), old.path("spec").path("volumeMode"),
                SPEC.child("volumeMode")));
        return errs;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        String phase = obj.path("status").path("phase").asText("");
        if (!phase.isEmpty() && !PHASES.contains(phase)) {
            return List.of(FieldError.notSupported("status.phase", phase, PHASES));
        }
        return List.of();
    }
}
