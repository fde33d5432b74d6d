package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.ResourceDefinition;

/**
 * What the Kubernetes handlers check of a body against the URL before the registry sees it:
 * apiVersion and kind (filled in when absent, as the decoder defaults them from the URL), the
 * namespace, and for updates the name.
 */
final class ObjectChecks {

    /** Fills in or checks {@code apiVersion} and {@code kind} against what the URL expects. */
    void typeMeta(ObjectNode obj, String apiVersion, String kind) {
        String bodyVersion = text(obj, "apiVersion");
        String bodyKind = text(obj, "kind");
        if (bodyKind == null) {
            obj.put("kind", kind);
        } else if (!bodyKind.equals(kind)) {
            String version = bodyVersion == null ? apiVersion : bodyVersion;
            String v = version.contains("/") ? version.substring(version.indexOf('/') + 1) : version;
            throw ApiException.badRequest(bodyKind + " in version \"" + v + "\" cannot be handled as a " + kind
                    + ": no kind \"" + bodyKind + "\" is registered for version \"" + apiVersion + "\"");
        }
        if (bodyVersion == null) {
            obj.put("apiVersion", apiVersion);
        } else if (!bodyVersion.equals(apiVersion)) {
            throw ApiException.badRequest("the API version in the data (" + bodyVersion
                    + ") does not match the expected API version (" + apiVersion + ")");
        }
    }

    /**
     * Kubernetes' {@code EnsureObjectNamespaceMatchesRequestNamespace}: an empty namespace takes
     * the request's, a cluster-scoped request clears it, a different one is a 400.
     */
    void namespace(ObjectNode obj, ResourceDefinition definition, String requestNamespace) {
        String expected = definition.namespaced() ? (requestNamespace == null ? "" : requestNamespace) : "";
        ObjectNode meta = metadata(obj);
        String actual = text(meta, "namespace");
        if (actual == null || actual.isEmpty()) {
            if (!expected.isEmpty()) {
                meta.put("namespace", expected);
            }
        } else if (expected.isEmpty()) {
            meta.remove("namespace");
        } else if (!actual.equals(expected)) {
            throw ApiException.badRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
    }

    /** Kubernetes' {@code checkName} for updates: the body names the object the URL names. */
    void name(ObjectNode obj, String name) {
        String actual = text(metadata(obj), "name");
        if (actual == null) {
            actual = "";
        }
        if (!actual.equals(name)) {
            throw ApiException.badRequest("the name of the object (" + actual + ") does not match the name on the URL (" + name + ")");
        }
    }

    private static ObjectNode metadata(ObjectNode obj) {
        JsonNode meta = obj.get("metadata");
        if (meta instanceof ObjectNode m) {
            return m;
        }
        if (meta != null && !meta.isNull()) {
            throw ApiException.badRequest("json: cannot unmarshal " + meta.getNodeType().name().toLowerCase()
                    + " into Go struct field " + text(obj, "kind") + ".metadata of type v1.ObjectMeta");
        }
        return obj.putObject("metadata");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
