package io.j8s.apiserver.registry.core.resourcequota;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.ResourceValidation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ResourceQuotas, as Kubernetes' {@code resourcequotaStrategy} and {@code ValidateResourceQuota}:
 * hard limits name standard quota resources (or domain-prefixed ones) with valid, non-negative
 * quantities; scopes are the supported ones. Status starts empty and is written by the quota
 * controller.
 */
public final class ResourceQuotaStrategy implements Strategy {

    private static final Set<String> STANDARD = Set.of("pods", "services", "replicationcontrollers", "resourcequotas",
            "secrets", "configmaps", "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
            "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.storage",
            "requests.ephemeral-storage", "limits.cpu", "limits.memory", "limits.ephemeral-storage");
    private static final List<String> SCOPES = List.of("Terminating", "NotTerminating", "BestEffort", "NotBestEffort",
            "PriorityClass", "CrossNamespacePodAffinity");

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.putObject("status");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>(resourceList(obj.path("spec").path("hard"), FieldPath.of("spec", "hard")));
        int i = 0;
        for (JsonNode scope : obj.path("spec").path("scopes")) {
            if (!SCOPES.contains(scope.asText(""))) {
                errs.add(FieldError.invalid(FieldPath.of("spec", "scopes").path(), obj.path("spec").path("scopes"), "unsupported scope"));
                break;
            }
            i++;
        }
        int j = 0;
        for (JsonNode expression : obj.path("spec").path("scopeSelector").path("matchExpressions")) {
            FieldPath at = FieldPath.of("spec", "scopeSelector", "matchExpressions").index(j++);
            String scope = expression.path("scopeName").asText("");
            if (!SCOPES.contains(scope)) {
                errs.add(FieldError.invalid(at.child("scopeName").path(), scope, "unsupported scope"));
            }
            String operator = expression.path("operator").asText("");
            if (!List.of("In", "NotIn", "Exists", "DoesNotExist").contains(operator)) {
                errs.add(FieldError.invalid(at.child("operator").path(), operator, "not a valid selector operator"));
            }
        }
        return errs;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>(resourceList(obj.path("status").path("hard"), FieldPath.of("status", "hard")));
        errs.addAll(resourceList(obj.path("status").path("used"), FieldPath.of("status", "used")));
        return errs;
    }

    /** Quota resource names and quantities of a resource list at {@code path}. */
    static List<FieldError> resourceList(JsonNode list, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FieldPath at = path.key(e.getKey());
            String name = e.getKey();
            List<String> msgs = Formats.isQualifiedName(name);
            msgs.forEach(msg -> errs.add(FieldError.invalid(at.path(), name, msg)));
            if (msgs.isEmpty() && !name.contains("/") && !STANDARD.contains(name) && !name.startsWith("hugepages-")
                    && !name.startsWith("requests.hugepages-")) {
                errs.add(FieldError.invalid(at.path(), name, "must be a standard resource for quota"));
            }
            errs.addAll(ResourceValidation.validQuantity(e.getValue(), at));
        }
        return errs;
    }
}
