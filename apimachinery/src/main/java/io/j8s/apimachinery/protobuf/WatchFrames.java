package io.j8s.apimachinery.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.kubernetes.client.proto.Meta;
import java.nio.ByteBuffer;

/**
 * Frames of {@code application/vnd.kubernetes.protobuf;stream=watch}: a 4-byte big-endian length,
 * then a meta/v1 WatchEvent written by Kubernetes' raw stream serializer, that is without the
 * {@code k8s\0} envelope; only the event's object (a RawExtension) is an enveloped body.
 */
final class WatchFrames {

    /** The type and still-enveloped object of one event. */
    record Event(String type, byte[] object) {
    }

    private static final int HEADER = 4;

    private static final Descriptor WATCH_EVENT = Meta.WatchEvent.getDescriptor();
    private static final FieldDescriptor TYPE = WATCH_EVENT.findFieldByName("type");
    private static final FieldDescriptor OBJECT = WATCH_EVENT.findFieldByName("object");
    private static final FieldDescriptor RAW = OBJECT.getMessageType().findFieldByName("raw");

    private WatchFrames() {
    }

    static byte[] frame(String type, byte[] envelopedObject) {
        Message object = DynamicMessage.newBuilder(OBJECT.getMessageType())
                .setField(RAW, ByteString.copyFrom(envelopedObject))
                .build();
        Message event = DynamicMessage.newBuilder(WATCH_EVENT)
                .setField(TYPE, type)
                .setField(OBJECT, object)
                .build();
        int size = event.getSerializedSize();
        return ByteBuffer.allocate(HEADER + size).putInt(size).put(event.toByteArray()).array();
    }

    /** The event of one whole frame; throws IllegalArgumentException when the length or the event does not parse. */
    static Event unframe(byte[] frame) {
        if (frame == null || frame.length < HEADER) {
            throw new IllegalArgumentException("a watch frame needs a 4-byte length");
        }
        int size = ByteBuffer.wrap(frame, 0, HEADER).getInt();
        if (size != frame.length - HEADER) {
            throw new IllegalArgumentException("the watch frame length " + size + " does not match its "
                    + (frame.length - HEADER) + " bytes");
        }
        DynamicMessage event;
        try {
            event = DynamicMessage.parseFrom(WATCH_EVENT, ByteString.copyFrom(frame, HEADER, size));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("unable to decode a watch event: " + e.getMessage());
        }
        Message object = (Message) event.getField(OBJECT);
        return new Event((String) event.getField(TYPE), ((ByteString) object.getField(RAW)).toByteArray());
    }
}
