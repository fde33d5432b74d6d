/**
 * The HTTP layer of the API server on Jetty core: routing of every Kubernetes path shape, content
 * negotiation (JSON, YAML, protobuf, Table and PartialObjectMetadata), decoding of query options,
 * watch streaming and the mapping of every failure to a {@code Status} body. Depends on the
 * registry, discovery, OpenAPI and table packages; nothing depends on it but {@code ApiServer}.
 */
package io.j8s.apiserver.http;
