package io.j8s.apimachinery.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.j8s.apimachinery.api.ApiException;
import io.kubernetes.client.proto.Meta;
import io.kubernetes.client.proto.Runtime;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The Kubernetes protobuf wire format ({@value #MEDIA_TYPE}) of built-in kinds, converted to and
 * from the JSON tree the JSON API uses. Bodies are the {@code k8s\0} magic plus a
 * {@code runtime.Unknown} envelope; watch streams ({@value #WATCH_MEDIA_TYPE}) are length-prefixed
 * {@code meta/v1 WatchEvent} messages. Immutable and thread-safe; construction scans the generated
 * message classes, so build one and share it.
 */
public final class KubernetesProtobuf {

    public static final String MEDIA_TYPE = "application/vnd.kubernetes.protobuf";
    public static final String WATCH_MEDIA_TYPE = MEDIA_TYPE + ";stream=watch";

    private static final int FRAME_HEADER = 4;

    private final MessageTypes types;
    private final ObjectMapper mapper;
    private final JsonToMessage toMessage;
    private final MessageToJson toJson;

    public KubernetesProtobuf() {
        this.types = new MessageTypes();
        this.mapper = JsonMapper.builder().build();
        this.toMessage = new JsonToMessage(types, mapper);
        this.toJson = new MessageToJson(mapper, this::decode);
    }

    /**
     * Whether the kind has a protobuf message: every built-in kind, its List, and the meta/v1 kinds
     * (Status, DeleteOptions, WatchEvent...) in any built-in group-version. False for custom resources.
     */
    public boolean supports(String apiVersion, String kind) {
        return types.find(apiVersion, kind).isPresent();
    }

    /**
     * The JSON tree of a protobuf body, with kind and apiVersion first, as the JSON API shows it.
     *
     * @throws ApiException 400 Bad Request for a missing magic, malformed bytes or an unknown kind
     */
    public ObjectNode decode(byte[] body) {
        return decode(body, "", "");
    }

    /**
     * Like {@link #decode(byte[])}, but a body whose envelope names no type is read as the given
     * kind, as the API server does with the kind its URL serves.
     */
    public ObjectNode decode(byte[] body, String defaultApiVersion, String defaultKind) {
        Runtime.Unknown unknown;
        try {
            unknown = Envelope.unwrap(body);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        String apiVersion = unknown.getTypeMeta().getApiVersion().isEmpty()
                ? defaultApiVersion : unknown.getTypeMeta().getApiVersion();
        String kind = unknown.getTypeMeta().getKind().isEmpty() ? defaultKind : unknown.getTypeMeta().getKind();
        if (!unknown.getContentEncoding().isEmpty()) {
            throw ApiException.badRequest("unsupported protobuf content encoding \"" + unknown.getContentEncoding() + "\"");
        }
        String contentType = unknown.getContentType();
        if (contentType.equals("application/json")) {
            return withTypeMeta(rawJson(unknown.getRaw()), apiVersion, kind);
        }
        if (!contentType.isEmpty() && !contentType.equals(MEDIA_TYPE)) {
            throw ApiException.badRequest("unsupported content type \"" + contentType + "\" in the protobuf envelope");
        }
        Descriptor type = types.find(apiVersion, kind).orElseThrow(() -> ApiException.badRequest(
                "no kind \"" + kind + "\" is registered for version \"" + apiVersion + "\""));
        try {
            Message message = types.parser(type).parseFrom(unknown.getRaw());
            return withTypeMeta(toJson.toJson(message), apiVersion, kind);
        } catch (InvalidProtocolBufferException e) {
            throw ApiException.badRequest("unable to decode " + kind + " from protobuf: " + e.getMessage());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw ApiException.badRequest("unable to decode " + kind + " from protobuf: " + e.getMessage());
        }
    }

    /**
     * The protobuf body of a JSON object that carries apiVersion and kind.
     *
     * @throws ApiException 406 Not Acceptable when the kind has no protobuf form, 400 when a field
     *                      does not fit its message type
     */
    public byte[] encode(ObjectNode obj) {
        String apiVersion = obj.path("apiVersion").asText("");
        String kind = obj.path("kind").asText("");
        Descriptor type = types.find(apiVersion, kind).orElseThrow(() -> ApiException.notAcceptable(
                "the kind \"" + kind + "\" of \"" + apiVersion + "\" has no protobuf serialization"));
        Message message;
        try {
            message = toMessage.toMessage(obj, type);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unable to encode " + kind + " as protobuf: " + e.getMessage());
        }
        return Envelope.wrap(apiVersion, kind, message.toByteString());
    }

    /**
     * One frame of a protobuf watch stream: a 4-byte big-endian length, then a meta/v1 WatchEvent
     * (without envelope, as Kubernetes' raw stream serializer writes it) whose object holds the
     * enveloped protobuf of {@code obj}.
     */
    public byte[] encodeWatchEvent(String type, ObjectNode obj) {
        Meta.WatchEvent event = Meta.WatchEvent.newBuilder()
                .setType(type)
                .setObject(Runtime.RawExtension.newBuilder().setRaw(ByteString.copyFrom(encode(obj))))
                .build();
        int size = event.getSerializedSize();
        ByteBuffer frame = ByteBuffer.allocate(FRAME_HEADER + size);
        frame.putInt(size);
        frame.put(event.toByteArray());
        return frame.array();
    }

    /**
     * The event in one frame written by {@link #encodeWatchEvent}, length prefix included.
     *
     * @throws ApiException 400 Bad Request for a frame whose length or contents do not parse
     */
    public ProtobufWatchEvent decodeWatchEvent(byte[] frame) {
        if (frame == null || frame.length < FRAME_HEADER) {
            throw ApiException.badRequest("a watch frame needs a 4-byte length");
        }
        int size = ByteBuffer.wrap(frame, 0, FRAME_HEADER).getInt();
        if (size < 0 || size != frame.length - FRAME_HEADER) {
            throw ApiException.badRequest("the watch frame length " + size + " does not match its "
                    + (frame.length - FRAME_HEADER) + " bytes");
        }
        Meta.WatchEvent event;
        try {
            event = Meta.WatchEvent.parseFrom(ByteBuffer.wrap(frame, FRAME_HEADER, size));
        } catch (InvalidProtocolBufferException e) {
            throw ApiException.badRequest("unable to decode a watch event: " + e.getMessage());
        }
        return new ProtobufWatchEvent(event.getType(), decode(event.getObject().getRaw().toByteArray()));
    }

    private ObjectNode rawJson(ByteString raw) {
        try {
            JsonNode tree = mapper.readTree(raw.newInput());
            if (tree instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // reported below
        }
        throw ApiException.badRequest("the protobuf envelope declares JSON but its raw data is not a JSON object");
    }

    /** kind and apiVersion first, in the order the API server writes them. */
    private static ObjectNode withTypeMeta(ObjectNode fields, String apiVersion, String kind) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("kind", kind);
        out.put("apiVersion", apiVersion);
        fields.properties().forEach(member -> {
            if (!member.getKey().equals("kind") && !member.getKey().equals("apiVersion")) {
                out.set(member.getKey(), member.getValue());
            }
        });
        return out;
    }
}
