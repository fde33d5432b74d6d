package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.Strategy;
import java.util.List;
import java.util.stream.Collectors;

/** What a write's body must satisfy before the registry looks further: kind, name, namespace, known fields. */
final class WriteChecks {

    private final ResourceDefinition definition;
    private final Strategy strategy;

    WriteChecks(ResourceDefinition definition, Strategy strategy) {
        this.definition = definition;
        this.strategy = strategy;
    }

    /** Fills apiVersion and kind when absent; another kind or version in the body is 400. */
    void checkType(ObjectNode obj) {
        JsonNode kind = obj.get("kind");
        if (kind == null || kind.asText().isEmpty()) {
            obj.put("kind", definition.kind());
        } else if (!kind.asText().equals(definition.kind())) {
            throw ApiException.badRequest("the body of the request was in an unknown format - kind \"" + kind.asText()
                    + "\" does not match the resource's kind \"" + definition.kind() + "\"");
        }
        JsonNode apiVersion = obj.get("apiVersion");
        if (apiVersion == null || apiVersion.asText().isEmpty()) {
            obj.put("apiVersion", definition.apiVersion());
        } else if (!apiVersion.asText().equals(definition.apiVersion())) {
            throw ApiException.badRequest("the API version in the data (" + apiVersion.asText()
                    + ") does not match the expected API version (" + definition.apiVersion() + ")");
        }
    }

    void checkName(String name, ObjectNode obj) {
        String objName = Metadata.name(obj);
        if (objName.isEmpty()) {
            Metadata.of(obj).put("name", name);
        } else if (!objName.equals(name)) {
            throw ApiException.badRequest("the name of the object (" + objName
                    + ") does not match the name on the URL (" + name + ")");
        }
    }

    void setNamespace(String namespace, ObjectNode meta) {
        if (!definition.namespaced()) {
            meta.remove("namespace");
            return;
        }
        JsonNode given = meta.get("namespace");
        String objNs = given == null || given.isNull() ? "" : given.asText();
        if (namespace == null || namespace.isEmpty()) {
            if (objNs.isEmpty()) {
                throw ApiException.badRequest("the server could not find the requested resource: a namespace is required");
            }
            return;
        }
        if (!objNs.isEmpty() && !objNs.equals(namespace)) {
            throw ApiException.badRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
        meta.put("namespace", namespace);
    }

    /** {@code fieldValidation}: unknown fields are an error (Strict), a warning (Warn) or nothing (Ignore). */
    void checkFields(ObjectNode obj, RequestOptions.Write opts) {
        if (opts.fieldValidation() == RequestOptions.FieldValidation.IGNORE) {
            return;
        }
        List<String> unknown = strategy.unknownFields(obj);
        if (unknown.isEmpty()) {
            return;
        }
        if (opts.fieldValidation() == RequestOptions.FieldValidation.STRICT) {
            throw ApiException.badRequest("strict decoding error: " + unknown.stream()
                    .map(f -> "unknown field \"" + f + "\"").collect(Collectors.joining(", ")));
        }
        for (String f : unknown) {
            opts.warnings().add("unknown field \"" + f + "\"");
        }
    }

    ApiException invalid(ObjectNode obj, List<FieldError> errors) {
        return ApiException.invalid(definition.kind(), definition.group(), Metadata.name(obj), errors);
    }
}
