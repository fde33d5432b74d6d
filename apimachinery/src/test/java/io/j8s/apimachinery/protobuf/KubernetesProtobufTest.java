package io.j8s.apimachinery.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import io.j8s.apimachinery.api.ApiException;
import io.kubernetes.client.proto.Meta;
import io.kubernetes.client.proto.Runtime;
import io.kubernetes.client.proto.V1;
import io.kubernetes.client.proto.V1Apps;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KubernetesProtobufTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KubernetesProtobuf protobuf = new KubernetesProtobuf();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    private static byte[] envelope(String apiVersion, String kind, com.google.protobuf.Message message) {
        Runtime.Unknown unknown = Runtime.Unknown.newBuilder()
                .setTypeMeta(Runtime.TypeMeta.newBuilder().setApiVersion(apiVersion).setKind(kind))
                .setRaw(message.toByteString())
                .setContentEncoding("")
                .setContentType("")
                .build();
        byte[] body = unknown.toByteArray();
        byte[] out = new byte[body.length + 4];
        out[0] = 'k';
        out[1] = '8';
        out[2] = 's';
        System.arraycopy(body, 0, out, 4, body.length);
        return out;
    }

    @Test
    void aConfigMapSurvivesARoundTrip() throws Exception {
        ObjectNode configMap = json("{'kind':'ConfigMap','apiVersion':'v1','metadata':{'name':'c','namespace':'default',"
                + "'labels':{'a':'b'}},'data':{'k':'v','empty':''}}");

        assertThat(protobuf.decode(protobuf.encode(configMap))).isEqualTo(configMap);
    }

    @Test
    void decodesADeploymentAsKubectlCreateSendsIt() throws Exception {
        V1Apps.Deployment deployment = V1Apps.Deployment.newBuilder()
                .setMetadata(Meta.ObjectMeta.newBuilder().setName("web").setCreationTimestamp(Meta.Time.newBuilder())
                        .putLabels("app", "web"))
                .setSpec(V1Apps.DeploymentSpec.newBuilder()
                        .setReplicas(1)
                        .setSelector(Meta.LabelSelector.newBuilder().putMatchLabels("app", "web"))
                        .setTemplate(V1.PodTemplateSpec.newBuilder()
                                .setMetadata(Meta.ObjectMeta.newBuilder().putLabels("app", "web"))
                                .setSpec(V1.PodSpec.newBuilder().addContainers(V1.Container.newBuilder()
                                        .setName("nginx").setImage("nginx")
                                        .setResources(V1.ResourceRequirements.newBuilder()))))
                        .setStrategy(V1Apps.DeploymentStrategy.newBuilder()))
                .setStatus(V1Apps.DeploymentStatus.newBuilder())
                .build();

        ObjectNode decoded = protobuf.decode(envelope("apps/v1", "Deployment", deployment));

        assertThat(decoded).isEqualTo(json("{'kind':'Deployment','apiVersion':'apps/v1','metadata':{'name':'web',"
                + "'labels':{'app':'web'}},'spec':{'replicas':1,'selector':{'matchLabels':{'app':'web'}},"
                + "'template':{'metadata':{'labels':{'app':'web'}},'spec':{'containers':[{'name':'nginx','image':'nginx',"
                + "'resources':{}}]}},'strategy':{}},'status':{}}"));
    }

    @Test
    void aPodWithResourcesProbesAndEnvSurvivesARoundTrip() throws Exception {
        ObjectNode pod = json("{'kind':'Pod','apiVersion':'v1','metadata':{'name':'p','namespace':'default',"
                + "'uid':'u-1','resourceVersion':'7','creationTimestamp':'2024-01-02T03:04:05Z'},"
                + "'spec':{'containers':[{'name':'c','image':'busybox','command':['sh','-c','sleep 1'],"
                + "'env':[{'name':'A','value':'1'},{'name':'B','valueFrom':{'configMapKeyRef':{'name':'cm','key':'k'}}}],"
                + "'resources':{'limits':{'cpu':'500m','memory':'64Mi'},'requests':{'cpu':'100m'}},"
                + "'ports':[{'containerPort':80,'protocol':'TCP'}],"
                + "'readinessProbe':{'httpGet':{'path':'/','port':'http'},'periodSeconds':5},"
                + "'livenessProbe':{'tcpSocket':{'port':80}}}],"
                + "'volumes':[{'name':'v','configMap':{'name':'cm','defaultMode':420}}],"
                + "'terminationGracePeriodSeconds':0,'restartPolicy':'Always'},"
                + "'status':{'phase':'Running','containerStatuses':[{'name':'c','ready':false,'restartCount':0,"
                + "'state':{'running':{'startedAt':'2024-01-02T03:04:06Z'}}}]}}");

        assertThat(protobuf.decode(protobuf.encode(pod))).isEqualTo(pod);
    }

    @Test
    void garbageIsABadRequest() {
        assertThatThrownBy(() -> protobuf.decode("{\"kind\":\"Pod\"}".getBytes()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void aTruncatedBodyIsABadRequest() throws Exception {
        byte[] body = protobuf.encode(json("{'kind':'ConfigMap','apiVersion':'v1','metadata':{'name':'c'},"
                + "'data':{'k':'v'}}"));

        assertThatThrownBy(() -> protobuf.decode(Arrays.copyOf(body, body.length - 3)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }
}
