package io.j8s.apimachinery.protobuf;

import static io.j8s.apimachinery.protobuf.Trees.body;
import static io.j8s.apimachinery.protobuf.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubernetes.client.proto.IntStr;
import io.kubernetes.client.proto.Meta;
import io.kubernetes.client.proto.Resource;
import io.kubernetes.client.proto.Runtime;
import io.kubernetes.client.proto.V1;
import io.kubernetes.client.proto.V1Apps;
import io.kubernetes.client.proto.V1Authentication;
import io.kubernetes.client.proto.V1Authorization;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Bodies built as client-go builds them for kubectl 1.32+ ({@code create deployment}, {@code create
 * secret}, {@code auth can-i}, {@code auth whoami}) decode to the JSON the API server would read, and
 * what we encode parses with the generated classes as the official Java client's ProtoClient does.
 */
class KubectlBodyDecodingTest {

    private final KubernetesProtobuf protobuf = new KubernetesProtobuf();

    /** ObjectMeta as Go's marshaller writes it: every plain string and number present, even when empty. */
    private static Meta.ObjectMeta.Builder goMeta(String name) {
        return Meta.ObjectMeta.newBuilder().setName(name).setGenerateName("").setNamespace("").setSelfLink("")
                .setUid("").setResourceVersion("").setGeneration(0).setCreationTimestamp(Meta.Time.newBuilder());
    }

    @Test
    void createDeploymentDecodesWithoutGoZeroValues() {
        V1Apps.Deployment deployment = V1Apps.Deployment.newBuilder()
                .setMetadata(goMeta("web").putLabels("app", "web"))
                .setSpec(V1Apps.DeploymentSpec.newBuilder()
                        .setReplicas(1)
                        .setSelector(Meta.LabelSelector.newBuilder().putMatchLabels("app", "web"))
                        .setTemplate(V1.PodTemplateSpec.newBuilder()
                                .setMetadata(goMeta("").putLabels("app", "web"))
                                .setSpec(V1.PodSpec.newBuilder()
                                        .addContainers(V1.Container.newBuilder().setName("nginx").setImage("nginx")
                                                .setWorkingDir("").setResources(V1.ResourceRequirements.newBuilder())
                                                .setTerminationMessagePath("").setImagePullPolicy("")
                                                .setStdin(false).setStdinOnce(false).setTty(false))
                                        .setRestartPolicy("").setDnsPolicy("").setServiceAccountName("")
                                        .setHostNetwork(false).setHostPID(false).setHostIPC(false)))
                        .setStrategy(V1Apps.DeploymentStrategy.newBuilder().setType(""))
                        .setMinReadySeconds(0)
                        .setPaused(false))
                .setStatus(V1Apps.DeploymentStatus.newBuilder().setObservedGeneration(0).setReplicas(0)
                        .setUpdatedReplicas(0).setReadyReplicas(0).setAvailableReplicas(0).setUnavailableReplicas(0))
                .build();

        ObjectNode decoded = protobuf.decode(body("apps/v1", "Deployment", deployment));

        assertThat(decoded).isEqualTo(json("{'kind':'Deployment','apiVersion':'apps/v1','metadata':{'name':'web',"
                + "'labels':{'app':'web'}},'spec':{'replicas':1,'selector':{'matchLabels':{'app':'web'}},"
                + "'template':{'metadata':{'labels':{'app':'web'}},'spec':{'containers':[{'name':'nginx',"
                + "'image':'nginx','resources':{}}]}},'strategy':{}},'status':{}}"));
    }

    @Test
    void aPointerZeroSentByKubectlIsKept() {
        V1Apps.Deployment deployment = V1Apps.Deployment.newBuilder()
                .setMetadata(goMeta("web"))
                .setSpec(V1Apps.DeploymentSpec.newBuilder().setReplicas(0).setRevisionHistoryLimit(0))
                .build();

        ObjectNode decoded = protobuf.decode(body("apps/v1", "Deployment", deployment));

        assertThat(decoded.at("/spec")).isEqualTo(json("{'replicas':0,'revisionHistoryLimit':0}"));
    }

    @Test
    void createSecretDecodesItsBytesAsBase64() {
        V1.Secret secret = V1.Secret.newBuilder()
                .setMetadata(goMeta("db"))
                .putData("password", com.google.protobuf.ByteString.copyFromUtf8("hunter2"))
                .setType("Opaque")
                .build();

        ObjectNode decoded = protobuf.decode(body("v1", "Secret", secret));

        assertThat(decoded).isEqualTo(json("{'kind':'Secret','apiVersion':'v1','metadata':{'name':'db'},"
                + "'data':{'password':'aHVudGVyMg=='},'type':'Opaque'}"));
    }

    @Test
    void createServiceDecodesIntOrStringTargetPorts() {
        V1.Service service = V1.Service.newBuilder()
                .setMetadata(goMeta("svc"))
                .setSpec(V1.ServiceSpec.newBuilder().setType("ClusterIP").putSelector("app", "svc")
                        .addPorts(V1.ServicePort.newBuilder().setName("80-8080").setProtocol("TCP").setPort(80)
                                .setTargetPort(IntStr.IntOrString.newBuilder().setType(0).setIntVal(8080).setStrVal(""))
                                .setNodePort(0))
                        .addPorts(V1.ServicePort.newBuilder().setName("web").setPort(81)
                                .setTargetPort(IntStr.IntOrString.newBuilder().setType(1).setIntVal(0).setStrVal("web"))))
                .build();

        ObjectNode decoded = protobuf.decode(body("v1", "Service", service));

        assertThat(decoded.at("/spec")).isEqualTo(json("{'ports':[{'name':'80-8080','protocol':'TCP','port':80,"
                + "'targetPort':8080},{'name':'web','port':81,'targetPort':'web'}],'selector':{'app':'svc'},"
                + "'type':'ClusterIP'}"));
    }

    @Test
    void authCanIDecodesASelfSubjectAccessReview() {
        V1Authorization.SelfSubjectAccessReview review = V1Authorization.SelfSubjectAccessReview.newBuilder()
                .setMetadata(goMeta(""))
                .setSpec(V1Authorization.SelfSubjectAccessReviewSpec.newBuilder()
                        .setResourceAttributes(V1Authorization.ResourceAttributes.newBuilder()
                                .setNamespace("default").setVerb("create").setGroup("").setVersion("")
                                .setResource("pods").setSubresource("").setName("")))
                .setStatus(V1Authorization.SubjectAccessReviewStatus.newBuilder().setAllowed(false)
                        .setDenied(false).setReason("").setEvaluationError(""))
                .build();

        ObjectNode decoded = protobuf.decode(body("authorization.k8s.io/v1", "SelfSubjectAccessReview", review));

        assertThat(decoded).isEqualTo(json("{'kind':'SelfSubjectAccessReview','apiVersion':'authorization.k8s.io/v1',"
                + "'metadata':{},'spec':{'resourceAttributes':{'namespace':'default','verb':'create',"
                + "'resource':'pods'}},'status':{'allowed':false}}"));
    }

    @Test
    void authWhoamiDecodesASelfSubjectReview() {
        V1Authentication.SelfSubjectReview review = V1Authentication.SelfSubjectReview.newBuilder()
                .setMetadata(goMeta(""))
                .setStatus(V1Authentication.SelfSubjectReviewStatus.newBuilder()
                        .setUserInfo(V1Authentication.UserInfo.newBuilder().setUsername("").setUid("")))
                .build();

        ObjectNode decoded = protobuf.decode(body("authentication.k8s.io/v1", "SelfSubjectReview", review));

        assertThat(decoded).isEqualTo(json("{'kind':'SelfSubjectReview','apiVersion':'authentication.k8s.io/v1',"
                + "'metadata':{},'status':{'userInfo':{}}}"));
    }

    @Test
    void aBodyWithoutTypeMetaIsReadAsTheKindOfTheUrl() {
        V1.ConfigMap configMap = V1.ConfigMap.newBuilder().setMetadata(goMeta("c")).putData("k", "v").build();
        byte[] body = body("", "", configMap);

        assertThat(protobuf.decode(body, "v1", "ConfigMap")).isEqualTo(json("{'kind':'ConfigMap','apiVersion':'v1',"
                + "'metadata':{'name':'c'},'data':{'k':'v'}}"));
    }

    @Test
    void whatWeEncodeParsesWithTheGeneratedClassesLikeTheJavaClient() throws Exception {
        byte[] encoded = protobuf.encode(json("{'kind':'Pod','apiVersion':'v1','metadata':{'name':'p',"
                + "'creationTimestamp':'2024-01-02T03:04:05Z'},'spec':{'containers':[{'name':'c','image':'i',"
                + "'resources':{'limits':{'memory':'64Mi'}}}]}}"));

        assertThat(Arrays.copyOf(encoded, 4)).containsExactly('k', '8', 's', 0);
        Runtime.Unknown unknown = Runtime.Unknown.parseFrom(Arrays.copyOfRange(encoded, 4, encoded.length));
        assertThat(unknown.getTypeMeta().getApiVersion()).isEqualTo("v1");
        assertThat(unknown.getTypeMeta().getKind()).isEqualTo("Pod");
        V1.Pod pod = V1.Pod.parseFrom(unknown.getRaw());
        assertThat(pod.getMetadata().getName()).isEqualTo("p");
        assertThat(pod.getMetadata().getCreationTimestamp().getSeconds()).isEqualTo(1704164645L);
        assertThat(pod.getSpec().getContainers(0).getResources().getLimitsMap())
                .containsEntry("memory", Resource.Quantity.newBuilder().setString("64Mi").build());
    }
}
