package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import java.util.Locale;

/**
 * Decodes a create or update body by its Content-Type: JSON (the default when absent), YAML or
 * Kubernetes protobuf; anything else is 415 Unsupported Media Type.
 */
final class BodyDecoder {

    private final ProtobufCodec protobuf;

    BodyDecoder(ProtobufCodec protobuf) {
        this.protobuf = protobuf;
    }

    ObjectNode decode(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.equals(ResponseFormat.JSON)) {
            return Json.readObject(body, MediaType.JSON);
        }
        if (type.equals(ResponseFormat.YAML)) {
            return Json.readObject(body, MediaType.YAML);
        }
        if (type.equals(ResponseFormat.PROTOBUF)) {
            return protobuf.decode(body);
        }
        throw ApiException.unsupportedMediaType(contentType);
    }
}
