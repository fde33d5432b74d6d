package io.j8s.apimachinery.protobuf;

import static io.j8s.apimachinery.protobuf.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** Whatever bytes arrive, decoding answers with an object or a 400, never with another exception. */
class ProtobufFuzzTest {

    private static final KubernetesProtobuf PROTOBUF = new KubernetesProtobuf();

    private static final List<byte[]> SEEDS = List.of(
            PROTOBUF.encode(json("{'kind':'Pod','apiVersion':'v1','metadata':{'name':'p','labels':{'a':'b'},"
                    + "'creationTimestamp':'2024-01-02T03:04:05Z'},'spec':{'containers':[{'name':'c','image':'i',"
                    + "'ports':[{'containerPort':80}],'resources':{'limits':{'cpu':'1'}},"
                    + "'readinessProbe':{'tcpSocket':{'port':'http'}}}]}}")),
            PROTOBUF.encode(json("{'kind':'DeploymentList','apiVersion':'apps/v1','metadata':{'resourceVersion':'1'},"
                    + "'items':[{'metadata':{'name':'d'},'spec':{'replicas':2,'strategy':{'rollingUpdate':"
                    + "{'maxSurge':'25%'}}}}]}")),
            PROTOBUF.encode(json("{'kind':'ControllerRevision','apiVersion':'apps/v1','metadata':{'name':'r'},"
                    + "'data':{'a':[1,2]},'revision':1}")));

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, Integer, Byte>> mutations() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1)
                .flatMap(seed -> Arbitraries.integers().between(0, SEEDS.get(seed).length - 1)
                        .flatMap(position -> Arbitraries.bytes().map(b -> Tuple.of(seed, position, b))));
    }

    @Property(tries = 2000)
    void aBodyWithOneByteChangedDecodesOrIsABadRequest(@ForAll("mutations") Tuple.Tuple3<Integer, Integer, Byte> m) {
        byte[] body = SEEDS.get(m.get1()).clone();
        body[m.get2()] = m.get3();

        assertDecodesOrIsBadRequest(body);
    }

    @Property(tries = 500)
    void aBodyCutAnywhereDecodesOrIsABadRequest(@ForAll("mutations") Tuple.Tuple3<Integer, Integer, Byte> m) {
        byte[] body = java.util.Arrays.copyOf(SEEDS.get(m.get1()), m.get2());

        assertDecodesOrIsBadRequest(body);
    }

    @Property(tries = 500)
    void randomBytesAfterTheMagicDecodeOrAreABadRequest(@ForAll byte[] tail) {
        byte[] body = new byte[tail.length + 4];
        body[0] = 'k';
        body[1] = '8';
        body[2] = 's';
        System.arraycopy(tail, 0, body, 4, tail.length);

        assertDecodesOrIsBadRequest(body);
    }

    @Test
    void objectsEmbeddedInObjectsWithoutEndAreABadRequest() {
        ObjectNode innermost = json("{'kind':'ConfigMap','apiVersion':'v1','metadata':{'name':'c'}}");
        byte[] body = PROTOBUF.encode(innermost);
        for (int i = 0; i < 40; i++) {
            body = wrapInWatchEvent(body);
        }
        byte[] nested = body;

        assertThat(PROTOBUF.decode(wrapInWatchEvent(wrapInWatchEvent(PROTOBUF.encode(innermost))))
                .at("/object/object/metadata/name").textValue()).isEqualTo("c");
        assertThatThrownBy(() -> PROTOBUF.decode(nested))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("embedded deeper"));
    }

    /** A meta/v1 WatchEvent body (enveloped, kind WatchEvent) whose object is the given body. */
    private static byte[] wrapInWatchEvent(byte[] body) {
        io.kubernetes.client.proto.Meta.WatchEvent event = io.kubernetes.client.proto.Meta.WatchEvent.newBuilder()
                .setType("ADDED")
                .setObject(io.kubernetes.client.proto.Runtime.RawExtension.newBuilder()
                        .setRaw(com.google.protobuf.ByteString.copyFrom(body)))
                .build();
        return Trees.body("v1", "WatchEvent", event);
    }

    private static void assertDecodesOrIsBadRequest(byte[] body) {
        try {
            assertThat(PROTOBUF.decode(body)).isNotNull();
        } catch (ApiException e) {
            assertThat(e.code()).isEqualTo(400);
        }
    }
}
