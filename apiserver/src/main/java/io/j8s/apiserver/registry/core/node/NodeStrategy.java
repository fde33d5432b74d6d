package io.j8s.apiserver.registry.core.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import io.j8s.apiserver.registry.core.ResourceValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nodes, as Kubernetes' {@code nodeStrategy}: allocatable defaults to capacity; taints, pod CIDRs
 * and resource quantities are checked; pod CIDRs and the provider ID are set once. Nodes are
 * selected by {@code spec.unschedulable}.
 */
public final class NodeStrategy implements Strategy {

    private static final List<String> TAINT_EFFECTS = List.of("NoExecute", "NoSchedule", "PreferNoSchedule");
    private static final FieldPath SPEC = FieldPath.root("spec");
    private static final FieldPath STATUS = FieldPath.root("status");

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode status = Defaulting.existing(obj, "status");
        ObjectNode capacity = Defaulting.existing(status, "capacity");
        if (capacity != null && !status.hasNonNull("allocatable")) {
            status.set("allocatable", capacity.deepCopy());
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>(taints(obj.path("spec").path("taints"), SPEC.child("taints")));
        String podCIDR = obj.path("spec").path("podCIDR").asText("");
        List<String> podCIDRs = new ArrayList<>();
        obj.path("spec").path("podCIDRs").forEach(n -> podCIDRs.add(n.asText("")));
        if (!podCIDR.isEmpty() && !podCIDRs.isEmpty() && !podCIDRs.get(0).equals(podCIDR)) {
            errs.add(FieldError.invalid(SPEC.child("podCIDRs").path(), obj.path("spec").path("podCIDRs"), "first value must match `podCIDR`"));
        }
        for (int i = 0; i < podCIDRs.size(); i++) {
            if (!isCidr(podCIDRs.get(i))) {
                errs.add(FieldError.invalid(SPEC.child("podCIDRs").index(i).path(), podCIDRs.get(i),
                        "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
            }
        }
        if (podCIDRs.size() > 2) {
            errs.add(FieldError.invalid(SPEC.child("podCIDRs").path(), obj.path("spec").path("podCIDRs"), "may specify no more than one CIDR for each IP family"));
        }
        errs.addAll(status(obj.path("status")));
        return errs;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>(validate(obj));
        JsonNode oldCIDRs = old.path("spec").path("podCIDRs");
        if (!oldCIDRs.isEmpty() && !oldCIDRs.equals(obj.path("spec").path("podCIDRs"))) {
            errs.add(FieldError.forbidden("spec.podCIDRs", "node updates may not change podCIDR except from \"\" to valid"));
        }
        String oldProvider = old.path("spec").path("providerID").asText("");
        if (!oldProvider.isEmpty() && !oldProvider.equals(obj.path("spec").path("providerID").asText(""))) {
            errs.add(FieldError.forbidden("spec.providerID", "node updates may not change providerID except from \"\" to valid"));
        }
        return errs;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        return status(obj.path("status"));
    }

    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        return Map.of("spec.unschedulable", String.valueOf(obj.path("spec").path("unschedulable").asBoolean(false)));
    }

    /** Taints, as Kubernetes' {@code validateNodeTaints}: key, value, a supported effect, unique by key and effect. */
    static List<FieldError> taints(JsonNode taints, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode t : taints) {
            FieldPath at = path.index(i++);
            String key = t.path("key").asText("");
            for (String msg : Formats.isQualifiedName(key)) {
                errs.add(FieldError.invalid(at.child("key").path(), key, msg));
            }
            String value = t.path("value").asText("");
            for (String msg : Formats.isValidLabelValue(value)) {
                errs.add(FieldError.invalid(at.child("value").path(), value, msg));
            }
            String effect = t.path("effect").asText("");
            if (effect.isEmpty()) {
                errs.add(FieldError.required(at.child("effect").path(), ""));
            } else if (!TAINT_EFFECTS.contains(effect)) {
                errs.add(FieldError.notSupported(at.child("effect").path(), effect, TAINT_EFFECTS));
            }
            if (!seen.add(key + ":" + effect)) {
                errs.add(new FieldError(FieldError.Type.DUPLICATE, at.path(), t, "taints must be unique by key and effect pair"));
            }
        }
        return errs;
    }

    private static List<FieldError> status(JsonNode status) {
        List<FieldError> errs = new ArrayList<>();
        for (String list : List.of("capacity", "allocatable")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = status.path(list).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                FieldPath at = STATUS.child(list).key(e.getKey());
                for (String msg : Formats.isQualifiedName(e.getKey())) {
                    errs.add(FieldError.invalid(at.path(), e.getKey(), msg));
                }
                errs.addAll(ResourceValidation.validQuantity(e.getValue(), at));
            }
        }
        int i = 0;
        for (JsonNode address : status.path("addresses")) {
            FieldPath at = STATUS.child("addresses").index(i++);
            if (address.path("type").asText("").isEmpty()) {
                errs.add(FieldError.required(at.child("type").path(), ""));
            }
        }
        return errs;
    }

    private static boolean isCidr(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String ip = cidr.substring(0, slash);
        try {
            int bits = Integer.parseInt(cidr.substring(slash + 1));
            return Formats.isIPv4(ip) ? bits >= 0 && bits <= 32 : Formats.isIPv6(ip) && bits >= 0 && bits <= 128;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
