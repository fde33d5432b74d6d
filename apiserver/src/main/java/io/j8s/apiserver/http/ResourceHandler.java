package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import io.j8s.apiserver.registry.PatchType;
import io.j8s.apiserver.registry.Registries;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.ResourceRegistry;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The REST verbs on resource paths: finds the registry, checks scope and verb, decodes the body
 * and options, calls the registry and writes the result negotiated. Watches go to
 * {@link WatchHandler}. Thread-safe.
 */
final class ResourceHandler {

    /** Resources whose DELETE answers with the object rather than a Status, as in Kubernetes. */
    private static final Set<String> RETURN_DELETED_OBJECT = Set.of("pods", "services");

    private static final String PATCH_TYPES = Arrays.stream(PatchType.values())
            .map(PatchType::contentType).collect(Collectors.joining(", "));

    private final Registries registries;
    private final OptionsDecoder options = new OptionsDecoder();
    private final Negotiator negotiator = new Negotiator();
    private final ObjectChecks checks = new ObjectChecks();
    private final BodyDecoder bodies;
    private final ResponseEncoder encoder;
    private final WatchHandler watches;

    ResourceHandler(Registries registries, BodyDecoder bodies, ResponseEncoder encoder, WatchHandler watches) {
        this.registries = registries;
        this.bodies = bodies;
        this.encoder = encoder;
        this.watches = watches;
    }

    void serve(Exchange ex, Route.Resource route) {
        ResourceRegistry registry = registries.find(route.group(), route.version(), route.resource())
                .orElseThrow(PathErrors::notFound);
        ResourceDefinition def = registry.definition();
        if ((route.namespace() != null && !def.namespaced())
                || (route.namespace() == null && def.namespaced() && route.name() != null)
                || (route.subresource() != null && !def.hasSubresource(route.subresource()))) {
            throw PathErrors.notFound();
        }
        String ns = def.namespaced() ? route.namespace() : null;
        switch (ex.method()) {
            case "GET" -> get(ex, route, registry, ns);
            case "POST" -> post(ex, route, registry, ns);
            case "PUT" -> put(ex, route, registry, ns);
            case "PATCH" -> patch(ex, route, registry, ns);
            case "DELETE" -> delete(ex, route, registry, ns);
            default -> throw PathErrors.methodNotAllowed();
        }
    }

    private void get(Exchange ex, Route.Resource route, ResourceRegistry registry, String ns) {
        QueryParameters q = ex.query();
        ResourceDefinition def = registry.definition();
        if (route.subresource() != null) {
            respond(ex, 200, registry.getSubresource(ns, route.name(), route.subresource()), def);
            return;
        }
        if (route.legacyWatch() || options.watch(q)) {
            requireVerb(def, "watch");
            watches.serve(ex, registry, ns, route.name());
            return;
        }
        if (route.name() != null) {
            requireVerb(def, "get");
            respond(ex, 200, registry.get(ns, route.name(), options.get(q)), def);
        } else {
            requireVerb(def, "list");
            respond(ex, 200, registry.list(ns, options.list(q, 0)), def);
        }
    }

    private void post(Exchange ex, Route.Resource route, ResourceRegistry registry, String ns) {
        ResourceDefinition def = registry.definition();
        if (route.name() == null) {
            requireNamespaceForWrite(def, ns);
            requireVerb(def, "create");
            ObjectNode obj = bodies.decode(ex.header(HttpHeader.CONTENT_TYPE), ex.body());
            checks.typeMeta(obj, def.apiVersion(), def.kind());
            checks.namespace(obj, def, ns);
            RequestOptions.Write opts = options.write(ex.query(), "CreateOptions", ex.warnings());
            respond(ex, 201, registry.create(ns, obj, opts), def);
            return;
        }
        if (route.subresource() == null) {
            throw PathErrors.methodNotAllowed();
        }
        ObjectNode obj = bodies.decode(ex.header(HttpHeader.CONTENT_TYPE), ex.body());
        checks.namespace(obj, def, ns);
        RequestOptions.Write opts = options.write(ex.query(), "CreateOptions", ex.warnings());
        respond(ex, 201, registry.createSubresource(ns, route.name(), route.subresource(), obj, opts), def);
    }

    private void put(Exchange ex, Route.Resource route, ResourceRegistry registry, String ns) {
        ResourceDefinition def = registry.definition();
        if (route.name() == null) {
            throw PathErrors.methodNotAllowed();
        }
        ObjectNode obj = bodies.decode(ex.header(HttpHeader.CONTENT_TYPE), ex.body());
        RequestOptions.Write opts = options.write(ex.query(), "UpdateOptions", ex.warnings());
        if (route.subresource() == null || route.subresource().equals("status")) {
            checks.typeMeta(obj, def.apiVersion(), def.kind());
        }
        checks.namespace(obj, def, ns);
        checks.name(obj, route.name());
        ObjectNode result = route.subresource() == null
                ? requireVerbThen(def, "update", () -> registry.update(ns, route.name(), obj, opts))
                : registry.updateSubresource(ns, route.name(), route.subresource(), obj, opts);
        respond(ex, 200, result, def);
    }

    private void patch(Exchange ex, Route.Resource route, ResourceRegistry registry, String ns) {
        ResourceDefinition def = registry.definition();
        if (route.name() == null) {
            throw PathErrors.methodNotAllowed();
        }
        String contentType = ex.header(HttpHeader.CONTENT_TYPE);
        PatchType type = PatchType.ofContentType(contentType);
        if (type == null) {
            throw ApiException.of(415, "UnsupportedMediaType",
                    "the body of the request was in an unknown format - accepted media types include: " + PATCH_TYPES, null);
        }
        byte[] patch = ex.body();
        RequestOptions.Write opts = options.patch(ex.query(), type, ex.warnings());
        ObjectNode result = route.subresource() == null
                ? requireVerbThen(def, "patch", () -> registry.patch(ns, route.name(), type, patch, opts))
                : registry.patchSubresource(ns, route.name(), route.subresource(), type, patch, opts);
        respond(ex, 200, result, def);
    }

    private void delete(Exchange ex, Route.Resource route, ResourceRegistry registry, String ns) {
        ResourceDefinition def = registry.definition();
        if (route.subresource() != null) {
            throw PathErrors.methodNotAllowed();
        }
        byte[] body = ex.body();
        ObjectNode deleteOptions = body.length == 0 ? null : Json.readObject(body, bodyFormat(ex));
        RequestOptions.Delete opts = options.delete(ex.query(), deleteOptions);
        if (route.name() == null) {
            requireNamespaceForWrite(def, ns);
            requireVerb(def, "deletecollection");
            respond(ex, 200, registry.deleteCollection(ns, options.list(ex.query(), 0), opts), def);
            return;
        }
        requireVerb(def, "delete");
        ResourceRegistry.DeleteOutcome outcome = registry.delete(ns, route.name(), opts);
        ObjectNode result = outcome.gone() && !RETURN_DELETED_OBJECT.contains(def.resource())
                ? deletedStatus(def, route.name(), outcome.object())
                : outcome.object();
        respond(ex, 200, result, def);
    }

    private static MediaType bodyFormat(Exchange ex) {
        return MediaType.ofContentType(ex.header(HttpHeader.CONTENT_TYPE)).orElse(MediaType.JSON);
    }

    /** Kubernetes' {@code finalizeDelete}: a success Status naming what was deleted. */
    private static ObjectNode deletedStatus(ResourceDefinition def, String name, ObjectNode deleted) {
        ObjectNode status = Json.object();
        status.put("kind", "Status");
        status.put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Success");
        ObjectNode details = status.putObject("details");
        details.put("name", name);
        if (!def.group().isEmpty()) {
            details.put("group", def.group());
        }
        details.put("kind", def.resource());
        String uid = deleted == null ? "" : deleted.path("metadata").path("uid").asText("");
        if (!uid.isEmpty()) {
            details.put("uid", uid);
        }
        return status;
    }

    /** Writes an object as the client negotiated, with the conversion it asked for. */
    void respond(Exchange ex, int code, ObjectNode result, ResourceDefinition def) {
        boolean isStatus = "Status".equals(result.path("kind").asText()) && "v1".equals(result.path("apiVersion").asText());
        boolean list = result.path("kind").asText().endsWith("List") && result.has("items");
        ResponseFormat format = negotiator.negotiate(ex.header(HttpHeader.ACCEPT), new Negotiator.Target(list,
                encoder.protobufSupports(result), !isStatus && encoder.conversionsAvailable()));
        ObjectNode converted = encoder.convert(result, format, def, ex.query().first("includeObject"));
        byte[] bytes = encoder.serialize(converted, format.serialization());
        ex.send(code, format.contentType(), bytes);
    }

    private static void requireVerb(ResourceDefinition def, String verb) {
        if (!def.verbs().contains(verb)) {
            throw PathErrors.methodNotAllowed();
        }
    }

    private static ObjectNode requireVerbThen(ResourceDefinition def, String verb, java.util.function.Supplier<ObjectNode> call) {
        requireVerb(def, verb);
        return call.get();
    }

    /** A namespaced resource is created or bulk-deleted only within a namespace: {@code POST /api/v1/pods} is not served. */
    private static void requireNamespaceForWrite(ResourceDefinition def, String ns) {
        if (def.namespaced() && (ns == null || ns.isEmpty())) {
            throw PathErrors.methodNotAllowed();
        }
    }
}
