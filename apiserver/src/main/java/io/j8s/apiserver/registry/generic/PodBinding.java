package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.RequestOptions;
import java.util.List;

/**
 * {@code pods/binding} (and the {@code bindings} resource): assigns a pod to a node once, as the
 * scheduler asks, and records the PodScheduled condition.
 */
final class PodBinding {

    private final StoreResourceRegistry pods;

    PodBinding(StoreResourceRegistry pods) {
        this.pods = pods;
    }

    ObjectNode bind(String namespace, String name, ObjectNode binding, RequestOptions.Write opts) {
        String bindingName = binding.path("metadata").path("name").asText("");
        String podName = name == null || name.isEmpty() ? bindingName : name;
        if (!bindingName.isEmpty() && !bindingName.equals(podName)) {
            throw ApiException.badRequest("the name of the object (" + bindingName
                    + ") does not match the name on the URL (" + podName + ")");
        }
        String node = binding.path("target").path("name").asText("");
        String kind = binding.path("target").path("kind").asText("");
        if (node.isEmpty()) {
            throw ApiException.invalid("Binding", "", podName, List.of(FieldError.required("target.name", "")));
        }
        if (!kind.isEmpty() && !kind.equals("Node")) {
            throw ApiException.invalid("Binding", "", podName,
                    List.of(FieldError.notSupported("target.kind", kind, List.of("Node", "<empty>"))));
        }
        String uid = binding.path("metadata").path("uid").asText("");
        String rv = binding.path("metadata").path("resourceVersion").asText("");
        pods.guaranteedUpdate(namespace, podName, UpdateMode.RAW, "binding",
                current -> assign(current, podName, node, uid, rv, binding), opts, false);
        return success(201);
    }

    private ObjectNode assign(ObjectNode pod, String podName, String node, String uid, String rv, ObjectNode binding) {
        var pods = this.pods.definition().groupResource();
        if (Metadata.deleting(pod)) {
            throw ApiException.conflict(pods, podName, "pod " + podName + " is being deleted, cannot be assigned to a host");
        }
        if (!uid.isEmpty() && !uid.equals(Metadata.uid(pod))) {
            throw ApiException.conflict(pods, podName, "Precondition failed: UID in precondition: " + uid
                    + ", UID in object meta: " + Metadata.uid(pod));
        }
        String assigned = pod.path("spec").path("nodeName").asText("");
        if (!assigned.isEmpty()) {
            throw ApiException.conflict(pods, podName, "pod " + podName + " is already assigned to node \"" + assigned + "\"");
        }
        if (!rv.isEmpty()) {
            Metadata.of(pod).put("resourceVersion", rv);
        }
        pod.withObjectProperty("spec").put("nodeName", node);
        binding.path("metadata").path("annotations").properties()
                .forEach(e -> Metadata.of(pod).withObjectProperty("annotations").set(e.getKey(), e.getValue().deepCopy()));
        ObjectNode status = pod.withObjectProperty("status");
        JsonNode existing = status.get("conditions");
        ArrayNode conditions = existing instanceof ArrayNode a ? a : status.putArray("conditions");
        for (int i = conditions.size() - 1; i >= 0; i--) {
            if ("PodScheduled".equals(conditions.get(i).path("type").asText())) {
                conditions.remove(i);
            }
        }
        ObjectNode scheduled = conditions.addObject();
        scheduled.put("type", "PodScheduled");
        scheduled.put("status", "True");
        scheduled.putNull("lastProbeTime");
        scheduled.put("lastTransitionTime", Metadata.timestamp(java.time.Instant.now(pods().clock())));
        return pod;
    }

    private RegistryContext pods() {
        return pods.context();
    }

    /** The DeleteOptions carried by an Eviction. */
    static RequestOptions.Delete evictionDeleteOptions(ObjectNode eviction, boolean dryRun) {
        JsonNode options = eviction.path("deleteOptions");
        JsonNode grace = options.path("gracePeriodSeconds");
        JsonNode policy = options.path("propagationPolicy");
        JsonNode pre = options.path("preconditions");
        boolean optionsDryRun = options.path("dryRun").isArray() && !options.path("dryRun").isEmpty();
        return new RequestOptions.Delete(
                grace.isNumber() ? grace.asLong() : null,
                policy.isTextual() ? policy.asText() : null,
                pre.path("uid").isTextual() ? pre.path("uid").asText() : null,
                pre.path("resourceVersion").isTextual() ? pre.path("resourceVersion").asText() : null,
                dryRun || optionsDryRun);
    }

    /** A Status of success, as Kubernetes answers a binding or an eviction. */
    static ObjectNode success(int code) {
        ObjectNode status = Json.object();
        status.put("kind", "Status");
        status.put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Success");
        status.put("code", code);
        return status;
    }
}
