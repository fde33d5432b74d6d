package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@code meta.k8s.io Table} objects and {@code PartialObjectMetadata(List)} views of objects,
 * as the apiserver answers {@code Accept: application/json;as=Table;g=meta.k8s.io;v=v1}. Pure
 * functions of their arguments; the objects passed in are not changed.
 */
public final class Tables {

    /** {@code meta.k8s.io/v1}, the table and metadata version kubectl asks for first. */
    public static final String V1 = "meta.k8s.io/v1";
    /** {@code meta.k8s.io/v1beta1}, the older version kubectl still accepts. */
    public static final String V1BETA1 = "meta.k8s.io/v1beta1";

    /** What each row carries besides its cells: {@code ?includeObject=None|Metadata|Object}. */
    public enum IncludeObject {
        NONE, METADATA, OBJECT;

        /** Parses the query parameter, {@link #METADATA} (Kubernetes' default) when absent or empty. */
        public static IncludeObject parse(String value) {
            if (value == null || value.isEmpty()) return METADATA;
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "none" -> NONE;
                case "object" -> OBJECT;
                case "metadata" -> METADATA;
                default -> throw new IllegalArgumentException("includeObject must be one of None, Metadata, Object: " + value);
            };
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Tables() {}

    /**
     * The Table of a list object ({@code PodList}...): one row per item, the list's resourceVersion,
     * continue token and remainingItemCount in its metadata.
     *
     * @param withHeaders whether to include the column definitions (watch events after the first omit them)
     */
    public static ObjectNode ofList(TableConvertor convertor, ObjectNode list, String apiVersion,
                                    IncludeObject include, boolean withHeaders, Instant now) {
        ObjectNode table = header(convertor, apiVersion, withHeaders);
        JsonNode listMeta = list.path("metadata");
        ObjectNode meta = table.putObject("metadata");
        copy(listMeta, meta, "resourceVersion");
        copy(listMeta, meta, "continue");
        copy(listMeta, meta, "remainingItemCount");
        ArrayNode rows = table.putArray("rows");
        for (JsonNode item : list.path("items")) {
            if (item instanceof ObjectNode obj) rows.add(row(convertor, obj, apiVersion, include, now));
        }
        return table;
    }

    /** The Table of one object: one row, the object's resourceVersion in its metadata. */
    public static ObjectNode ofObject(TableConvertor convertor, ObjectNode obj, String apiVersion,
                                      IncludeObject include, boolean withHeaders, Instant now) {
        ObjectNode table = header(convertor, apiVersion, withHeaders);
        ObjectNode meta = table.putObject("metadata");
        copy(obj.path("metadata"), meta, "resourceVersion");
        table.putArray("rows").add(row(convertor, obj, apiVersion, include, now));
        return table;
    }

    /** The column definitions as Table JSON, wide ones (priority above 0) included. */
    public static ArrayNode columnDefinitions(List<TableColumn> columns) {
        ArrayNode defs = JSON.arrayNode();
        for (TableColumn c : columns) {
            defs.addObject()
                    .put("name", c.name())
                    .put("type", c.type())
                    .put("format", c.format())
                    .put("description", c.description())
                    .put("priority", c.priority());
        }
        return defs;
    }

    /** One object's {@code PartialObjectMetadata}: its metadata under {@code apiVersion}. */
    public static ObjectNode partialObjectMetadata(ObjectNode obj, String apiVersion) {
        ObjectNode partial = JSON.objectNode();
        partial.put("kind", "PartialObjectMetadata");
        partial.put("apiVersion", apiVersion);
        partial.set("metadata", obj.path("metadata").isObject() ? obj.path("metadata").deepCopy() : JSON.objectNode());
        return partial;
    }

    /** A list's {@code PartialObjectMetadataList}: its list metadata and each item's metadata. */
    public static ObjectNode partialObjectMetadataList(ObjectNode list, String apiVersion) {
        ObjectNode partial = JSON.objectNode();
        partial.put("kind", "PartialObjectMetadataList");
        partial.put("apiVersion", apiVersion);
        partial.set("metadata", list.path("metadata").isObject() ? list.path("metadata").deepCopy() : JSON.objectNode());
        ArrayNode items = partial.putArray("items");
        for (JsonNode item : list.path("items")) {
            if (item instanceof ObjectNode obj) items.add(partialObjectMetadata(obj, apiVersion));
        }
        return partial;
    }

    private static ObjectNode header(TableConvertor convertor, String apiVersion, boolean withHeaders) {
        ObjectNode table = JSON.objectNode();
        table.put("kind", "Table");
        table.put("apiVersion", apiVersion);
        if (withHeaders) {
            table.set("columnDefinitions", columnDefinitions(convertor.columns()));
        }
        return table;
    }

    private static ObjectNode row(TableConvertor convertor, ObjectNode obj, String apiVersion,
                                  IncludeObject include, Instant now) {
        ObjectNode row = JSON.objectNode();
        ArrayNode cells = row.putArray("cells");
        for (Object cell : convertor.cells(obj, now)) {
            cells.add(cell(cell));
        }
        switch (include) {
            case NONE -> { }
            case METADATA -> row.set("object", partialObjectMetadata(obj, apiVersion));
            case OBJECT -> row.set("object", obj.deepCopy());
        }
        return row;
    }

    private static JsonNode cell(Object value) {
        return switch (value) {
            case null -> JSON.nullNode();
            case String s -> JSON.textNode(s);
            case Long l -> JSON.numberNode(l);
            case Integer i -> JSON.numberNode(i.longValue());
            case Boolean b -> JSON.booleanNode(b);
            case Double d -> JSON.numberNode(d);
            case JsonNode n -> n;
            default -> JSON.textNode(value.toString());
        };
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        JsonNode v = from.path(field);
        if (!v.isMissingNode() && !v.isNull() && !(v.isTextual() && v.asText().isEmpty())) {
            to.set(field, v.deepCopy());
        }
    }
}
