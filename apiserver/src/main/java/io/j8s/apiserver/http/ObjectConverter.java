package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;

/**
 * The meta.k8s.io conversions a client asks for with {@code Accept: ...;as=Kind;g=meta.k8s.io;v=...}:
 * server-side printing to a {@code Table} and metadata-only views. Thread-safe.
 */
interface ObjectConverter {

    boolean available();

    /**
     * The {@code Table} of one object or a list, in meta.k8s.io {@code version}; {@code includeObject}
     * is None, Metadata (the default, when null) or Object; columns are left out when
     * {@code withColumns} is false (watch events after the first).
     */
    ObjectNode table(ResourceDefinition definition, ObjectNode objectOrList, String version, String includeObject,
                     boolean withColumns);

    ObjectNode partialObjectMetadata(ObjectNode object, String version);

    ObjectNode partialObjectMetadataList(ObjectNode list, String version);
}
