package io.j8s.apimachinery.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import io.j8s.apimachinery.api.ApiException;
import java.io.IOException;

/**
 * The Kubernetes protobuf wire format ({@value #MEDIA_TYPE}) of built-in kinds, converted to and
 * from the JSON tree the JSON API uses. Bodies are the {@code k8s\0} magic plus a
 * {@code runtime.Unknown} envelope; watch streams ({@value #WATCH_MEDIA_TYPE}) are length-prefixed
 * {@code meta/v1 WatchEvent} messages. Immutable and thread-safe; construction loads the descriptors of
 * every built-in API, so build one and share it.
 */
public final class KubernetesProtobuf {

    public static final String MEDIA_TYPE = "application/vnd.kubernetes.protobuf";
    public static final String WATCH_MEDIA_TYPE = MEDIA_TYPE + ";stream=watch";

    private static final int MAX_EMBEDDING = 16;

    private final MessageTypes types;
    private final ObjectMapper mapper;
    private final JsonToWire toWire;
    private final WireToJson toJson;

    public KubernetesProtobuf() {
        this.types = new MessageTypes();
        this.mapper = JsonMapper.builder().build();
        FieldPlans plans = new FieldPlans(types.files());
        this.toWire = new JsonToWire(plans, mapper);
        this.toJson = new WireToJson(plans, mapper, (body, depth) -> decode(body, "", "", depth));
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
        return decode(body, defaultApiVersion, defaultKind, 0);
    }

    private ObjectNode decode(byte[] body, String defaultApiVersion, String defaultKind, int depth) {
        if (depth > MAX_EMBEDDING) {
            // Kubernetes embeds one level (a watch event's or a List's objects); more is an attack on the stack
            throw ApiException.badRequest("objects embedded deeper than " + MAX_EMBEDDING + " levels");
        }
        Envelope.Contents unknown;
        try {
            unknown = Envelope.unwrap(body);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        String apiVersion = unknown.apiVersion().isEmpty() ? defaultApiVersion : unknown.apiVersion();
        String kind = unknown.kind().isEmpty() ? defaultKind : unknown.kind();
        if (!unknown.contentEncoding().isEmpty()) {
            throw ApiException.badRequest("unsupported protobuf content encoding \"" + unknown.contentEncoding() + "\"");
        }
        String contentType = unknown.contentType();
        if (contentType.equals("application/json")) {
            return withTypeMeta(rawJson(unknown.raw()), apiVersion, kind);
        }
        if (!contentType.isEmpty() && !contentType.equals(MEDIA_TYPE)) {
            throw ApiException.badRequest("unsupported content type \"" + contentType + "\" in the protobuf envelope");
        }
        Descriptor type = types.find(apiVersion, kind).orElseThrow(() -> ApiException.badRequest(
                "no kind \"" + kind + "\" is registered for version \"" + apiVersion + "\""));
        try {
            return withTypeMeta(toJson.decode(unknown.raw(), type, depth), apiVersion, kind);
        } catch (IllegalArgumentException e) {
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
        byte[] raw;
        try {
            raw = toWire.encode(obj, type);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unable to encode " + kind + " as protobuf: " + e.getMessage());
        }
        return Envelope.wrap(apiVersion, kind, ByteString.copyFrom(raw));
    }

    /**
     * One frame of a protobuf watch stream: a 4-byte big-endian length, then a meta/v1 WatchEvent
     * (without envelope, as Kubernetes' raw stream serializer writes it) whose object holds the
     * enveloped protobuf of {@code obj}.
     */
    public byte[] encodeWatchEvent(String type, ObjectNode obj) {
        return WatchFrames.frame(type, encode(obj));
    }

    /**
     * The event in one frame written by {@link #encodeWatchEvent}, length prefix included.
     *
     * @throws ApiException 400 Bad Request for a frame whose length or contents do not parse
     */
    public ProtobufWatchEvent decodeWatchEvent(byte[] frame) {
        WatchFrames.Event event;
        try {
            event = WatchFrames.unframe(frame);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return new ProtobufWatchEvent(event.type(), decode(event.object()));
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
