package io.j8s.apimachinery.protobuf;

import static io.j8s.apimachinery.protobuf.Trees.body;
import static io.j8s.apimachinery.protobuf.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import io.j8s.apimachinery.api.ApiException;
import io.kubernetes.client.proto.Runtime;
import io.kubernetes.client.proto.V1;
import io.kubernetes.client.proto.V1Apiextensions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our wire bytes are exactly what protoc-generated code reads, and we read what it writes. */
class WireCompatibilityTest {

    private final KubernetesProtobuf protobuf = new KubernetesProtobuf();

    private static ByteString rawOf(byte[] body) throws Exception {
        return Runtime.Unknown.parseFrom(Arrays.copyOfRange(body, 4, body.length)).getRaw();
    }

    /** Every field we wrote landed in a known field of the generated message. */
    private static void assertNoUnknownFields(Message message) {
        assertThat(message.getUnknownFields()).isEqualTo(UnknownFieldSet.getDefaultInstance());
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            if (field.getKey().getType() != FieldDescriptor.Type.MESSAGE) {
                continue;
            }
            List<?> values = field.getKey().isRepeated() ? (List<?>) field.getValue() : List.of(field.getValue());
            values.forEach(value -> assertNoUnknownFields((Message) value));
        }
    }

    @Test
    void aRichPodParsesWithTheGeneratedClassesWithoutUnknownFields() throws Exception {
        ObjectNode pod = json("{'kind':'Pod','apiVersion':'v1','metadata':{'name':'p','labels':{'a':'b'},"
                + "'creationTimestamp':'2024-01-02T03:04:05Z','deletionGracePeriodSeconds':30},"
                + "'spec':{'containers':[{'name':'c','image':'i','ports':[{'containerPort':80}],"
                + "'resources':{'requests':{'cpu':'250m'}},'livenessProbe':{'httpGet':{'port':8080,'path':'/h'}},"
                + "'env':[{'name':'N','valueFrom':{'secretKeyRef':{'name':'s','key':'k','optional':true}}}]}],"
                + "'volumes':[{'name':'v','emptyDir':{'sizeLimit':'1Gi'}}],'priority':-5,"
                + "'securityContext':{'runAsUser':1000,'sysctls':[{'name':'a','value':'b'}]}},"
                + "'status':{'phase':'Pending','startTime':'2024-01-02T03:04:06Z'}}");

        V1.Pod parsed = V1.Pod.parseFrom(rawOf(protobuf.encode(pod)));

        assertNoUnknownFields(parsed);
        assertThat(parsed.getSpec().getPriority()).isEqualTo(-5);
        assertThat(parsed.getSpec().getContainers(0).getLivenessProbe().getHandler().getHttpGet().getPort().getIntVal())
                .isEqualTo(8080);
        assertThat(parsed.getSpec().getContainers(0).getEnv(0).getValueFrom().getSecretKeyRef()
                .getLocalObjectReference().getName()).isEqualTo("s");
        assertThat(parsed.getSpec().getVolumes(0).getVolumeSource().getEmptyDir().getSizeLimit().getString())
                .isEqualTo("1Gi");
        assertThat(parsed.getMetadata().getDeletionGracePeriodSeconds()).isEqualTo(30);
        // and what the generated code writes back decodes to the same object
        assertThat(protobuf.decode(body("v1", "Pod", parsed))).isEqualTo(pod);
    }

    @Test
    void aSchemaParsesWithTheGeneratedClassesWithoutUnknownFields() throws Exception {
        ObjectNode crd = json("{'kind':'CustomResourceDefinition','apiVersion':'apiextensions.k8s.io/v1',"
                + "'metadata':{'name':'foos.example.com'},'spec':{'group':'example.com','versions':[{'name':'v1',"
                + "'schema':{'openAPIV3Schema':{'type':'object','properties':{'a':{'type':'array',"
                + "'items':{'type':'string'},'x-kubernetes-list-type':'set','default':['x']}},"
                + "'additionalProperties':false,'$ref':'#/r'}}}]}}");

        V1Apiextensions.CustomResourceDefinition parsed =
                V1Apiextensions.CustomResourceDefinition.parseFrom(rawOf(protobuf.encode(crd)));

        assertNoUnknownFields(parsed);
        V1Apiextensions.JSONSchemaProps schema = parsed.getSpec().getVersions(0).getSchema().getOpenAPIV3Schema();
        assertThat(schema.getRef()).isEqualTo("#/r");
        assertThat(schema.getAdditionalProperties().getAllows()).isFalse();
        assertThat(schema.getPropertiesOrThrow("a").getXKubernetesListType()).isEqualTo("set");
        assertThat(schema.getPropertiesOrThrow("a").getDefault().getRaw().toStringUtf8()).isEqualTo("[\"x\"]");
    }

    @Test
    void packedRepeatedNumbersDecodeLikeUnpackedOnes() {
        // PodPortForwardOptions.ports = 1, packed: tag 0x0a, length 2, varints 80 and 81
        byte[] packed = body("v1", "PodPortForwardOptions", new byte[] {0x0a, 0x02, 80, 81});
        byte[] unpacked = body("v1", "PodPortForwardOptions",
                V1.PodPortForwardOptions.newBuilder().addPorts(80).addPorts(81).build());

        ObjectNode expected = json("{'kind':'PodPortForwardOptions','apiVersion':'v1','ports':[80,81]}");
        assertThat(protobuf.decode(packed)).isEqualTo(expected);
        assertThat(protobuf.decode(unpacked)).isEqualTo(expected);
    }

    @Test
    void fieldsFromANewerKubernetesAreSkipped() {
        byte[] configMap = V1.ConfigMap.newBuilder().putData("k", "v").build().toByteArray();
        byte[] withUnknown = Arrays.copyOf(configMap, configMap.length + 3);
        // field 999, varint 1: tag (999 << 3) = 7992 = 0xb8 0x3e
        withUnknown[configMap.length] = (byte) 0xb8;
        withUnknown[configMap.length + 1] = 0x3e;
        withUnknown[configMap.length + 2] = 0x01;

        assertThat(protobuf.decode(body("v1", "ConfigMap", withUnknown)))
                .isEqualTo(json("{'kind':'ConfigMap','apiVersion':'v1','data':{'k':'v'}}"));
    }

    @Test
    void anEnvelopeDeclaringJsonCarriesAJsonObject() {
        Runtime.Unknown unknown = Runtime.Unknown.newBuilder()
                .setTypeMeta(Runtime.TypeMeta.newBuilder().setApiVersion("v1").setKind("ConfigMap"))
                .setRaw(ByteString.copyFrom("{\"data\":{\"k\":\"v\"}}", StandardCharsets.UTF_8))
                .setContentType("application/json")
                .build();

        assertThat(protobuf.decode(Trees.withMagic(unknown)))
                .isEqualTo(json("{'kind':'ConfigMap','apiVersion':'v1','data':{'k':'v'}}"));
    }

    @Test
    void absurdlyDeepNestingIsABadRequestNotAStackOverflow() {
        StringBuilder schema = new StringBuilder("{'type':'string'}");
        for (int i = 0; i < 150; i++) {
            schema.insert(0, "{'not':").append('}');
        }
        ObjectNode crd = json("{'kind':'CustomResourceDefinition','apiVersion':'apiextensions.k8s.io/v1',"
                + "'spec':{'versions':[{'name':'v1','schema':{'openAPIV3Schema':" + schema + "}}]}}");
        byte[] body = protobuf.encode(crd);

        assertThatThrownBy(() -> protobuf.decode(body))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }
}
