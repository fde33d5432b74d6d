package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.table.TableConvertors;
import io.j8s.apiserver.table.Tables;
import java.time.Clock;

/** {@link ObjectConverter} over the table package's printers; ages are computed against the clock. Thread-safe. */
final class TableConverter implements ObjectConverter {

    private final Clock clock;

    TableConverter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public ObjectNode table(ResourceDefinition definition, ObjectNode objectOrList, String version, String includeObject,
                            boolean withColumns) {
        Tables.IncludeObject include;
        try {
            include = Tables.IncludeObject.parse(includeObject);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unable to parse includeObject: " + includeObject
                    + ": must be one of None, Metadata, Object");
        }
        String apiVersion = "meta.k8s.io/" + version;
        boolean list = objectOrList.path("kind").asText().endsWith("List") && objectOrList.has("items");
        var convertor = TableConvertors.forResource(definition);
        return list
                ? Tables.ofList(convertor, objectOrList, apiVersion, include, withColumns, clock.instant())
                : Tables.ofObject(convertor, objectOrList, apiVersion, include, withColumns, clock.instant());
    }

    @Override
    public ObjectNode partialObjectMetadata(ObjectNode object, String version) {
        return Tables.partialObjectMetadata(object, "meta.k8s.io/" + version);
    }

    @Override
    public ObjectNode partialObjectMetadataList(ObjectNode list, String version) {
        return Tables.partialObjectMetadataList(list, "meta.k8s.io/" + version);
    }
}
