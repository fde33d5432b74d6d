package io.j8s.apimachinery.protobuf;

import static io.j8s.apimachinery.protobuf.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.kubernetes.client.proto.Meta;
import io.kubernetes.client.proto.V1;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Frames of {@code application/vnd.kubernetes.protobuf;stream=watch} as client-go reads them. */
class ProtobufWatchFrameTest {

    private final KubernetesProtobuf protobuf = new KubernetesProtobuf();
    private final ObjectNode pod = json("{'kind':'Pod','apiVersion':'v1','metadata':{'name':'p','namespace':'default',"
            + "'resourceVersion':'12'},'spec':{'containers':[{'name':'c','image':'i'}]}}");

    @Test
    void aWatchFrameDecodesBackToItsTypeAndObject() {
        byte[] frame = protobuf.encodeWatchEvent("ADDED", pod);

        assertThat(protobuf.decodeWatchEvent(frame)).isEqualTo(new ProtobufWatchEvent("ADDED", pod));
    }

    @Test
    void aFrameIsABigEndianLengthThenARawWatchEventWhoseObjectIsEnveloped() throws Exception {
        byte[] frame = protobuf.encodeWatchEvent("MODIFIED", pod);

        int length = ByteBuffer.wrap(frame, 0, 4).getInt();
        assertThat(length).isEqualTo(frame.length - 4);
        // client-go's raw stream serializer: no k8s\0 prefix on the event itself
        Meta.WatchEvent event = Meta.WatchEvent.parseFrom(Arrays.copyOfRange(frame, 4, frame.length));
        assertThat(event.getType()).isEqualTo("MODIFIED");
        byte[] object = event.getObject().getRaw().toByteArray();
        assertThat(Arrays.copyOf(object, 4)).containsExactly('k', '8', 's', 0);
        assertThat(protobuf.decode(object)).isEqualTo(pod);
    }

    @Test
    void anErrorEventCarriesAStatus() {
        ObjectNode status = json("{'kind':'Status','apiVersion':'v1','metadata':{},'status':'Failure',"
                + "'message':'too old resource version: 1 (5)','reason':'Expired','code':410}");

        assertThat(protobuf.decodeWatchEvent(protobuf.encodeWatchEvent("ERROR", status)))
                .isEqualTo(new ProtobufWatchEvent("ERROR", status));
    }

    @Test
    void consecutiveFramesSplitByTheirLengths() {
        byte[] first = protobuf.encodeWatchEvent("ADDED", pod);
        byte[] second = protobuf.encodeWatchEvent("DELETED", pod);
        ByteBuffer stream = ByteBuffer.allocate(first.length + second.length).put(first).put(second).flip();

        int firstLength = stream.getInt(0);
        byte[] read = new byte[4 + firstLength];
        stream.get(read);
        byte[] rest = new byte[stream.remaining()];
        stream.get(rest);

        assertThat(protobuf.decodeWatchEvent(read).type()).isEqualTo("ADDED");
        assertThat(protobuf.decodeWatchEvent(rest).type()).isEqualTo("DELETED");
    }

    @Test
    void aFrameWhoseLengthDoesNotMatchIsABadRequest() {
        byte[] frame = protobuf.encodeWatchEvent("ADDED", pod);

        assertThatThrownBy(() -> protobuf.decodeWatchEvent(Arrays.copyOf(frame, frame.length - 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
        assertThatThrownBy(() -> protobuf.decodeWatchEvent(new byte[2]))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void aWatchEventBuiltByTheGeneratedClassesDecodes() {
        V1.ConfigMap configMap = V1.ConfigMap.newBuilder()
                .setMetadata(Meta.ObjectMeta.newBuilder().setName("c")).putData("k", "v").build();
        Meta.WatchEvent event = Meta.WatchEvent.newBuilder().setType("BOOKMARK")
                .setObject(io.kubernetes.client.proto.Runtime.RawExtension.newBuilder()
                        .setRaw(com.google.protobuf.ByteString.copyFrom(Trees.body("v1", "ConfigMap", configMap))))
                .build();
        byte[] frame = ByteBuffer.allocate(4 + event.getSerializedSize())
                .putInt(event.getSerializedSize()).put(event.toByteArray()).array();

        assertThat(protobuf.decodeWatchEvent(frame)).isEqualTo(new ProtobufWatchEvent("BOOKMARK",
                json("{'kind':'ConfigMap','apiVersion':'v1','metadata':{'name':'c'},'data':{'k':'v'}}")));
    }
}
