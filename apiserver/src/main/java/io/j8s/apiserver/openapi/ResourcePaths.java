package io.j8s.apiserver.openapi;

import static io.j8s.apiserver.openapi.Operations.body;
import static io.j8s.apiserver.openapi.Operations.deleteParameters;
import static io.j8s.apiserver.openapi.Operations.listParameters;
import static io.j8s.apiserver.openapi.Operations.operation;
import static io.j8s.apiserver.openapi.Operations.response;
import static io.j8s.apiserver.openapi.Operations.writeParameters;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.discovery.Subresource;
import io.j8s.apiserver.openapi.Operations.Gvk;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI paths of one resource, as kube-apiserver's installer documents them: the collection
 * (list, create, deletecollection), the item (read, replace, patch, delete), the all-namespaces
 * list, and the status, scale, eviction, binding, token and log subresources, each operation with
 * its {@code x-kubernetes-action} and {@code x-kubernetes-group-version-kind}.
 */
final class ResourcePaths {

    private static final List<String> JSON_BODY = List.of("application/json", "application/yaml");

    private final ObjectNode paths;
    private final ResourceDefinition d;
    private final String kindSchema;
    private final String listSchema;
    private final String gv;
    private final String tag;
    private final String scope;

    /**
     * @param kindSchema the definition name of the kind
     * @param listSchema the definition name of its list kind, null if there is none
     */
    ResourcePaths(ObjectNode paths, ResourceDefinition d, String kindSchema, String listSchema) {
        this.paths = paths;
        this.d = d;
        this.kindSchema = kindSchema;
        this.listSchema = listSchema;
        this.gv = groupCamel(d.group(), true) + capitalize(d.version());
        this.tag = (d.group().isEmpty() ? "core" : groupCamel(d.group(), false)) + "_" + d.version();
        this.scope = d.namespaced() ? "Namespaced" : "";
    }

    void addAll(SchemaGenerator schemas) {
        String base = (d.group().isEmpty() ? "/api/" : "/apis/" + d.group() + "/") + d.version();
        String collection = base + (d.namespaced() ? "/namespaces/{namespace}/" : "/") + d.resource();
        String item = collection + "/{name}";
        Gvk gvk = new Gvk(d.group(), d.version(), d.kind());

        ObjectNode col = pathItem(collection, false);
        if (can("list") && listSchema != null) {
            ObjectNode op = operation("list", "list" + gv + scope + d.kind(), tag, "list or watch objects of kind " + d.kind(), gvk);
            listParameters(op);
            response(op, "200", "OK", listSchema);
            col.set("get", op);
        }
        if (can("create")) {
            ObjectNode op = operation("post", "create" + gv + scope + d.kind(), tag, "create " + article(d.kind()), gvk);
            writeParameters(op, false);
            body(op, kindSchema, List.of("*/*"));
            response(op, "200", "OK", kindSchema);
            response(op, "201", "Created", kindSchema);
            response(op, "202", "Accepted", kindSchema);
            col.set("post", op);
        }
        if (can("deletecollection")) {
            ObjectNode op = operation("deletecollection", "delete" + gv + "Collection" + scope + d.kind(), tag,
                    "delete collection of " + d.kind(), gvk);
            deleteParameters(op);
            listParameters(op);
            body(op, SchemaNames.META + "DeleteOptions", List.of("*/*"));
            response(op, "200", "OK", SchemaNames.META + "Status");
            col.set("delete", op);
        }
        if (col.size() == 1) paths.remove(collection);

        if (can("get")) {
            ObjectNode it = pathItem(item, true);
            ObjectNode read = operation("get", "read" + gv + scope + d.kind(), tag, "read the specified " + d.kind(), gvk);
            response(read, "200", "OK", kindSchema);
            it.set("get", read);
            addWrites(it, "", kindSchema, gvk);
            if (can("delete")) {
                ObjectNode op = operation("delete", "delete" + gv + scope + d.kind(), tag, "delete " + article(d.kind()), gvk);
                deleteParameters(op);
                body(op, SchemaNames.META + "DeleteOptions", List.of("*/*"));
                response(op, "200", "OK", kindSchema);
                response(op, "202", "Accepted", kindSchema);
                it.set("delete", op);
            }
            if (d.namespaced() && can("list") && listSchema != null) {
                ObjectNode all = pathItem(base + "/" + d.resource(), false);
                ObjectNode op = operation("list", "list" + gv + d.kind() + "ForAllNamespaces", tag,
                        "list or watch objects of kind " + d.kind(), gvk);
                listParameters(op);
                response(op, "200", "OK", listSchema);
                all.set("get", op);
            }
        }
        for (Subresource s : Subresource.allOf(d)) {
            addSubresource(schemas, item, s);
        }
    }

    private void addSubresource(SchemaGenerator schemas, String item, Subresource s) {
        Gvk gvk = new Gvk(s.group(), s.version(), s.kind());
        String suffix = capitalize(s.name());
        String path = item + "/" + s.name();
        switch (s.name()) {
            case "status", "ephemeralcontainers", "resize" -> {
                ObjectNode p = pathItem(path, true);
                ObjectNode read = operation("get", "read" + gv + scope + d.kind() + suffix, tag,
                        "read " + s.name() + " of the specified " + d.kind(), gvk);
                response(read, "200", "OK", kindSchema);
                p.set("get", read);
                addWrites(p, suffix, kindSchema, gvk);
            }
            case "scale" -> {
                String scale = schemas.define(io.fabric8.kubernetes.api.model.autoscaling.v1.Scale.class);
                ObjectNode p = pathItem(path, true);
                ObjectNode read = operation("get", "read" + gv + scope + d.kind() + "Scale", tag,
                        "read scale of the specified " + d.kind(), gvk);
                response(read, "200", "OK", scale);
                p.set("get", read);
                addWrites(p, "Scale", scale, gvk);
            }
            case "finalize" -> {
                ObjectNode p = pathItem(path, true);
                ObjectNode op = operation("put", "replace" + gv + scope + d.kind() + suffix, tag,
                        "replace finalize of the specified " + d.kind(), gvk);
                writeParameters(op, false);
                body(op, kindSchema, List.of("*/*"));
                response(op, "200", "OK", kindSchema);
                response(op, "201", "Created", kindSchema);
                p.set("put", op);
            }
            case "eviction", "binding", "token" -> {
                String schema = schemas.define(switch (s.name()) {
                    case "eviction" -> io.fabric8.kubernetes.api.model.policy.v1.Eviction.class;
                    case "binding" -> io.fabric8.kubernetes.api.model.Binding.class;
                    default -> io.fabric8.kubernetes.api.model.authentication.TokenRequest.class;
                });
                ObjectNode p = pathItem(path, true);
                ObjectNode op = operation("post", "create" + gv + scope + d.kind() + suffix, tag,
                        "create " + s.name() + " of " + article(d.kind()), gvk);
                writeParameters(op, false);
                body(op, schema, List.of("*/*"));
                response(op, "200", "OK", schema);
                response(op, "201", "Created", schema);
                response(op, "202", "Accepted", schema);
                p.set("post", op);
            }
            case "log" -> {
                ObjectNode p = pathItem(path, true);
                ObjectNode op = operation("get", "read" + gv + scope + d.kind() + "Log", tag,
                        "read log of the specified " + d.kind(), gvk);
                for (String q : List.of("container", "sinceTime")) Operations.query(op, q, "string", q);
                for (String q : List.of("follow", "insecureSkipTLSVerifyBackend", "previous", "timestamps")) {
                    Operations.query(op, q, "boolean", q);
                }
                for (String q : List.of("limitBytes", "sinceSeconds", "tailLines")) Operations.query(op, q, "integer", q);
                Operations.textResponse(op);
                p.set("get", op);
            }
            default -> { } // connect subresources (exec, attach, portforward, proxy) are not described
        }
    }

    private void addWrites(ObjectNode pathItem, String suffix, String schema, Gvk gvk) {
        String what = suffix.isEmpty() ? "the specified " + d.kind() : suffix.toLowerCase(Locale.ROOT) + " of the specified " + d.kind();
        if (can("update")) {
            ObjectNode op = operation("put", "replace" + gv + scope + d.kind() + suffix, tag, "replace " + what, gvk);
            writeParameters(op, false);
            body(op, schema, List.of("*/*"));
            response(op, "200", "OK", schema);
            response(op, "201", "Created", schema);
            pathItem.set("put", op);
        }
        if (can("patch")) {
            ObjectNode op = operation("patch", "patch" + gv + scope + d.kind() + suffix, tag, "partially update " + what, gvk);
            writeParameters(op, true);
            body(op, SchemaNames.META + "Patch", Operations.PATCH_TYPES);
            response(op, "200", "OK", schema);
            response(op, "201", "Created", schema);
            pathItem.set("patch", op);
        }
    }

    private ObjectNode pathItem(String path, boolean named) {
        ObjectNode item = paths.putObject(path);
        ArrayNode params = item.putArray("parameters");
        if (named) params.add(Operations.pathParameter("name", "name of the " + d.kind()));
        if (d.namespaced() && path.contains("{namespace}")) {
            params.add(Operations.pathParameter("namespace", "object name and auth scope, such as for teams and projects"));
        }
        params.add(Operations.prettyParameter());
        return item;
    }

    private boolean can(String verb) {
        return d.verbs().contains(verb);
    }

    private static String article(String kind) {
        return ("AEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /** {@code rbac.authorization.k8s.io} as {@code RbacAuthorization} (or {@code rbacAuthorization} for tags). */
    static String groupCamel(String group, boolean upperFirst) {
        if (group.isEmpty()) return upperFirst ? "Core" : "core";
        String trimmed = group.endsWith(".k8s.io") ? group.substring(0, group.length() - ".k8s.io".length()) : group;
        StringBuilder out = new StringBuilder();
        for (String part : trimmed.split("[.-]")) out.append(capitalize(part));
        String s = out.toString();
        return upperFirst ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
