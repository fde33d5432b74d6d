package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pods, as Kubernetes' {@code pkg/registry/core/pod/strategy.go}: pod-spec defaults, status Pending
 * with its QoS class on create, spec validation, the narrow set of spec changes an update may make,
 * and the fields pods are selected by (spec.nodeName, status.phase...).
 */
public final class PodStrategy implements Strategy {

    private static final FieldPath SPEC = FieldPath.root("spec");
    private static final FieldPath STATUS = FieldPath.root("status");

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        if (spec != null) {
            PodSpecDefaults.apply(spec);
            PodSpecDefaults.applyPodOnly(spec);
        }
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        ObjectNode spec = Defaulting.existing(obj, "spec");
        if (spec != null && spec.path("terminationGracePeriodSeconds").asLong(0) < 0) {
            // As Kubernetes since 1.27: a negative grace period means "immediately", stored as 1.
            spec.put("terminationGracePeriodSeconds", 1);
        }
        ObjectNode status = obj.putObject("status");
        status.put("phase", "Pending");
        status.put("qosClass", PodQos.of(obj.path("spec")));
        if (!obj.path("spec").path("schedulingGates").isEmpty()) {
            ObjectNode condition = status.putArray("conditions").addObject();
            condition.put("type", "PodScheduled");
            condition.put("status", "False");
            condition.putNull("lastProbeTime");
            condition.putNull("lastTransitionTime");
            condition.put("reason", "SchedulingGated");
            condition.put("message", "Scheduling is blocked due to non-empty scheduling gates");
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>(PodSpecValidation.validatePodSpec(obj.path("spec"), SPEC));
        // Templates tolerate padded images (some tools use " " as a placeholder); pods do not.
        for (String list : List.of("initContainers", "containers")) {
            int i = 0;
            for (JsonNode c : obj.path("spec").path(list)) {
                String image = c.path("image").asText("");
                if (!image.strip().equals(image)) {
                    errs.add(FieldError.invalid(SPEC.child(list).index(i).child("image").path(), image,
                            "must not have leading or trailing whitespace"));
                }
                i++;
            }
        }
        return errs;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>(validate(obj));
        errs.addAll(PodUpdateValidation.validate(obj.path("spec"), old.path("spec")));
        return errs;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>();
        JsonNode status = obj.path("status");
        String nominated = status.path("nominatedNodeName").asText("");
        if (!nominated.isEmpty()) {
            NameValidator.DNS1123_SUBDOMAIN.validate(nominated, false).forEach(msg ->
                    errs.add(FieldError.invalid(STATUS.child("nominatedNodeName").path(), nominated, msg)));
        }
        for (String single : List.of("podIP", "hostIP")) {
            String ip = status.path(single).asText("");
            if (!ip.isEmpty()) {
                Formats.isValidIP(ip).forEach(msg -> errs.add(FieldError.invalid(STATUS.child(single).path(), ip, msg)));
            }
        }
        for (String list : List.of("podIPs", "hostIPs")) {
            int i = 0;
            for (JsonNode entry : status.path(list)) {
                String ip = entry.path("ip").asText("");
                FieldPath at = STATUS.child(list).index(i++);
                Formats.isValidIP(ip).forEach(msg -> errs.add(FieldError.invalid(at.path(), ip, msg)));
            }
        }
        String podIP = status.path("podIP").asText("");
        JsonNode firstIP = status.path("podIPs").path(0).path("ip");
        if (!podIP.isEmpty() && !firstIP.isMissingNode() && !firstIP.asText().equals(podIP)) {
            errs.add(FieldError.invalid(STATUS.child("podIPs").index(0).path(), firstIP.asText(), "must match status.podIP"));
        }
        return errs;
    }

    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        JsonNode spec = obj.path("spec");
        JsonNode status = obj.path("status");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("spec.nodeName", spec.path("nodeName").asText(""));
        fields.put("spec.restartPolicy", spec.path("restartPolicy").asText(""));
        fields.put("spec.schedulerName", spec.path("schedulerName").asText(""));
        fields.put("spec.serviceAccountName", spec.path("serviceAccountName").asText(""));
        fields.put("spec.hostNetwork", String.valueOf(spec.path("hostNetwork").asBoolean(false)));
        fields.put("status.phase", status.path("phase").asText(""));
        // Kubernetes selects on the first pod IP, which is status.podIP.
        fields.put("status.podIP", status.path("podIP").asText(status.path("podIPs").path(0).path("ip").asText("")));
        fields.put("status.nominatedNodeName", status.path("nominatedNodeName").asText(""));
        return fields;
    }
}
