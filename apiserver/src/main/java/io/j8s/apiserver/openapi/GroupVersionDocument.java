package io.j8s.apiserver.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.j8s.apiserver.openapi.Operations.Gvk;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.List;
import java.util.Map;

/**
 * Builds the OpenAPI 3.0 documents served under {@code /openapi/v3}: one per group-version (every
 * kind served there, its list, the meta types operations use, and their paths), and the small
 * documents of {@code /api}, {@code /apis}, {@code /apis/<group>} and {@code /version}.
 */
final class GroupVersionDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final PatchStrategies patchStrategies;
    private final CustomResourceSchemas customSchemas;
    private final String serverVersion;

    GroupVersionDocument(ObjectMapper mapper, PatchStrategies patchStrategies, CustomResourceSchemas customSchemas,
                         String serverVersion) {
        this.mapper = mapper;
        this.patchStrategies = patchStrategies;
        this.customSchemas = customSchemas;
        this.serverVersion = serverVersion;
    }

    /** The document of one group-version and the resources served there. */
    ObjectNode groupVersion(String group, String version, List<ResourceDefinition> resources) {
        SchemaGenerator schemas = new SchemaGenerator(mapper, patchStrategies);
        ObjectNode doc = skeleton();
        ObjectNode paths = (ObjectNode) doc.get("paths");
        String base = (group.isEmpty() ? "/api/" : "/apis/" + group + "/") + version + "/";
        ObjectNode root = pathWithGet(paths, base, "get" + ResourcePaths.groupCamel(group, true)
                + Character.toUpperCase(version.charAt(0)) + version.substring(1) + "APIResources", "get available resources");
        Operations.response((ObjectNode) root.get("get"), "200", "OK", schemas.define(io.fabric8.kubernetes.api.model.APIResourceList.class));

        for (String meta : List.of("DeleteOptions", "Status", "WatchEvent")) {
            String name = schemas.define(metaClass(meta));
            addGvk(schemas.schemas().get(name), new Gvk(group, version, meta));
        }
        schemas.builtin(SchemaNames.META + "Patch");
        for (ResourceDefinition d : resources) {
            String kind;
            String list;
            if (isModel(d.modelClass())) {
                kind = schemas.define(d.modelClass());
                list = SchemaGenerator.listClassOf(d.modelClass()).map(schemas::define).orElse(null);
            } else {
                kind = SchemaNames.ofCustom(d.group(), d.version(), d.kind());
                list = kind + "List";
                schemas.define(io.fabric8.kubernetes.api.model.ObjectMeta.class);
                schemas.define(io.fabric8.kubernetes.api.model.ListMeta.class);
                schemas.put(kind, customSchema(d));
                schemas.put(list, listSchema(kind));
            }
            addGvk(schemas.schemas().get(kind), new Gvk(d.group(), d.version(), d.kind()));
            if (list != null) addGvk(schemas.schemas().get(list), new Gvk(d.group(), d.version(), d.listKind()));
            new ResourcePaths(paths, d, kind, list).addAll(schemas);
        }
        components(doc, schemas.schemas());
        return doc;
    }

    /** {@code /openapi/v3/api}: the core group's versions. */
    ObjectNode coreRoot() {
        return rootDocument("/api/", "getCoreAPIVersions", "get available API versions", io.fabric8.kubernetes.api.model.APIVersions.class);
    }

    /** {@code /openapi/v3/apis}: the list of groups. */
    ObjectNode groupsRoot() {
        return rootDocument("/apis/", "getAPIVersions", "get available API versions", io.fabric8.kubernetes.api.model.APIGroupList.class);
    }

    /** {@code /openapi/v3/apis/<group>}: one group's versions. */
    ObjectNode groupRoot(String group) {
        return rootDocument("/apis/" + group + "/", "get" + ResourcePaths.groupCamel(group, true) + "APIGroup",
                "get information of a group", io.fabric8.kubernetes.api.model.APIGroup.class);
    }

    /** {@code /openapi/v3/version}: the server's version information. */
    ObjectNode version() {
        ObjectNode doc = skeleton();
        ObjectNode item = pathWithGet((ObjectNode) doc.get("paths"), "/version/", "getCodeVersion", "get the version information for this server");
        String info = "io.k8s.apimachinery.pkg.version.Info";
        Operations.response((ObjectNode) item.get("get"), "200", "OK", info);
        ObjectNode schema = JSON.objectNode().put("type", "object")
                .put("description", "Info contains versioning information.");
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (String p : List.of("major", "minor", "gitVersion", "gitCommit", "gitTreeState", "buildDate", "goVersion", "compiler", "platform")) {
            props.putObject(p).put("type", "string").put("default", "");
            required.add(p);
        }
        for (String p : List.of("emulationMajor", "emulationMinor", "minCompatibilityMajor", "minCompatibilityMinor")) {
            props.putObject(p).put("type", "string");
        }
        components(doc, Map.of(info, schema));
        return doc;
    }

    private ObjectNode rootDocument(String path, String operationId, String description, Class<?> response) {
        SchemaGenerator schemas = new SchemaGenerator(mapper, patchStrategies);
        ObjectNode doc = skeleton();
        ObjectNode item = pathWithGet((ObjectNode) doc.get("paths"), path, operationId, description);
        Operations.response((ObjectNode) item.get("get"), "200", "OK", schemas.define(response));
        components(doc, schemas.schemas());
        return doc;
    }

    private ObjectNode skeleton() {
        ObjectNode doc = JSON.objectNode();
        doc.put("openapi", "3.0.0");
        doc.putObject("info").put("title", "Kubernetes").put("version", serverVersion);
        doc.putObject("paths");
        return doc;
    }

    private static ObjectNode pathWithGet(ObjectNode paths, String path, String operationId, String description) {
        ObjectNode item = paths.putObject(path);
        ObjectNode get = item.putObject("get");
        get.put("description", description);
        get.put("operationId", operationId);
        get.putObject("responses");
        return item;
    }

    private static void components(ObjectNode doc, Map<String, ObjectNode> schemas) {
        ObjectNode components = doc.putObject("components");
        ObjectNode all = components.putObject("schemas");
        new java.util.TreeMap<>(schemas).forEach(all::set);
        components.putObject("securitySchemes").putObject("BearerToken")
                .put("type", "apiKey").put("description", "Bearer Token authentication")
                .put("name", "authorization").put("in", "header");
        doc.putArray("security").addObject().putArray("BearerToken");
    }

    private static void addGvk(ObjectNode schema, Gvk gvk) {
        if (schema == null) return;
        ArrayNode gvks = schema.has("x-kubernetes-group-version-kind")
                ? (ArrayNode) schema.get("x-kubernetes-group-version-kind")
                : schema.putArray("x-kubernetes-group-version-kind");
        for (var existing : gvks) {
            if (existing.equals(gvk.json())) return;
        }
        gvks.add(gvk.json());
    }

    private ObjectNode customSchema(ResourceDefinition d) {
        ObjectNode schema = customSchemas.schemaOf(d).map(ObjectNode::deepCopy)
                .orElseGet(() -> JSON.objectNode().put("type", "object").put("x-kubernetes-preserve-unknown-fields", true));
        schema.put("type", "object");
        ObjectNode props = schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
        props.putObject("apiVersion").put("type", "string")
                .put("description", "APIVersion defines the versioned schema of this representation of an object.");
        props.putObject("kind").put("type", "string")
                .put("description", "Kind is a string value representing the REST resource this object represents.");
        props.set("metadata", SchemaGenerator.ref(SchemaNames.META + "ObjectMeta"));
        return schema;
    }

    private static ObjectNode listSchema(String itemSchema) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        props.putObject("apiVersion").put("type", "string");
        props.putObject("kind").put("type", "string");
        props.putObject("items").put("type", "array").set("items", SchemaGenerator.ref(itemSchema));
        props.set("metadata", SchemaGenerator.ref(SchemaNames.META + "ListMeta"));
        schema.putArray("required").add("items");
        return schema;
    }

    private static boolean isModel(Class<?> type) {
        return type != null && type != GenericKubernetesResource.class
                && type.getPackageName().startsWith("io.fabric8.kubernetes.api.model");
    }

    private static Class<?> metaClass(String simpleName) {
        return switch (simpleName) {
            case "DeleteOptions" -> io.fabric8.kubernetes.api.model.DeleteOptions.class;
            case "Status" -> io.fabric8.kubernetes.api.model.Status.class;
            default -> io.fabric8.kubernetes.api.model.WatchEvent.class;
        };
    }
}
