package io.j8s.apiserver.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The pieces of a Kubernetes OpenAPI operation: query parameters as the apiserver documents them,
 * request bodies and responses referring to schemas, and the {@code x-kubernetes-*} extensions.
 */
final class Operations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static final List<String> PATCH_TYPES = List.of("application/apply-patch+yaml", "application/json-patch+json",
            "application/merge-patch+json", "application/strategic-merge-patch+json");

    private Operations() {}

    /** The group, version and kind as the {@code x-kubernetes-group-version-kind} extension spells it. */
    record Gvk(String group, String version, String kind) {
        ObjectNode json() {
            return JSON.objectNode().put("group", group).put("kind", kind).put("version", version);
        }
    }

    static ObjectNode operation(String action, String operationId, String tag, String description, Gvk gvk) {
        ObjectNode op = JSON.objectNode();
        op.put("description", description);
        op.put("operationId", operationId);
        op.putArray("tags").add(tag);
        op.putArray("parameters");
        op.putObject("responses");
        op.put("x-kubernetes-action", action);
        op.set("x-kubernetes-group-version-kind", gvk.json());
        return op;
    }

    static void query(ObjectNode op, String name, String type, String description) {
        ArrayNode params = (ArrayNode) op.get("parameters");
        ObjectNode p = params.addObject();
        p.put("name", name).put("in", "query").put("description", description);
        p.putObject("schema").put("type", type).put("uniqueItems", true);
    }

    static void writeParameters(ObjectNode op, boolean patch) {
        query(op, "dryRun", "string", "When present, indicates that modifications should not be persisted. "
                + "An invalid or unrecognized dryRun directive will result in an error response and no further "
                + "processing of the request. Valid values are: - All: all dry run stages will be processed");
        query(op, "fieldManager", "string", "fieldManager is a name associated with the actor or entity that is making these changes.");
        query(op, "fieldValidation", "string", "fieldValidation instructs the server on how to handle objects in the request "
                + "(POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore - Warn - Strict");
        if (patch) {
            query(op, "force", "boolean", "Force is going to \"force\" Apply requests. It means user will re-acquire "
                    + "conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.");
        }
    }

    static void listParameters(ObjectNode op) {
        query(op, "allowWatchBookmarks", "boolean", "allowWatchBookmarks requests watch events with type \"BOOKMARK\".");
        query(op, "continue", "string", "The continue option should be set when retrieving more results from the server.");
        query(op, "fieldSelector", "string", "A selector to restrict the list of returned objects by their fields. Defaults to everything.");
        query(op, "labelSelector", "string", "A selector to restrict the list of returned objects by their labels. Defaults to everything.");
        query(op, "limit", "integer", "limit is a maximum number of responses to return for a list call.");
        query(op, "resourceVersion", "string", "resourceVersion sets a constraint on what resource versions a request may be served from.");
        query(op, "resourceVersionMatch", "string", "resourceVersionMatch determines how resourceVersion is applied to list calls.");
        query(op, "sendInitialEvents", "boolean", "`sendInitialEvents=true` may be set together with `watch=true`.");
        query(op, "timeoutSeconds", "integer", "Timeout for the list/watch call.");
        query(op, "watch", "boolean", "Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.");
    }

    static void deleteParameters(ObjectNode op) {
        query(op, "dryRun", "string", "When present, indicates that modifications should not be persisted.");
        query(op, "gracePeriodSeconds", "integer", "The duration in seconds before the object should be deleted.");
        query(op, "ignoreStoreReadErrorWithClusterBreakingPotential", "boolean", "if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error.");
        query(op, "propagationPolicy", "string", "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Background', 'Foreground'.");
    }

    static void body(ObjectNode op, String schema, List<String> contentTypes) {
        ObjectNode content = op.putObject("requestBody").putObject("content");
        for (String type : contentTypes) {
            content.putObject(type).set("schema", SchemaGenerator.ref(schema));
        }
        ((ObjectNode) op.get("requestBody")).put("required", true);
    }

    static void response(ObjectNode op, String code, String description, String schema) {
        ObjectNode r = ((ObjectNode) op.get("responses")).putObject(code);
        r.put("description", description);
        if (schema != null) {
            ObjectNode content = r.putObject("content");
            content.putObject("application/json").set("schema", SchemaGenerator.ref(schema));
            content.putObject("application/yaml").set("schema", SchemaGenerator.ref(schema));
        }
    }

    static ObjectNode textResponse(ObjectNode op) {
        ObjectNode r = ((ObjectNode) op.get("responses")).putObject("200");
        r.put("description", "OK");
        r.putObject("content").putObject("text/plain").putObject("schema").put("type", "string");
        return r;
    }

    static ObjectNode pathParameter(String name, String description) {
        ObjectNode p = JSON.objectNode();
        p.put("name", name).put("in", "path").put("description", description).put("required", true);
        p.putObject("schema").put("type", "string").put("uniqueItems", true);
        return p;
    }

    static ObjectNode prettyParameter() {
        ObjectNode p = JSON.objectNode();
        p.put("name", "pretty").put("in", "query")
                .put("description", "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).");
        p.putObject("schema").put("type", "string").put("uniqueItems", true);
        return p;
    }
}
