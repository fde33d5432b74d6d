package io.j8s.apimachinery.protobuf;

import static io.j8s.apimachinery.protobuf.Trees.json;
import static io.j8s.apimachinery.protobuf.Trees.normalized;
import static io.j8s.apimachinery.protobuf.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentListBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON -> protobuf -> JSON gives back the same tree for realistic objects of many kinds. */
class ProtobufRoundTripTest {

    private final KubernetesProtobuf protobuf = new KubernetesProtobuf();

    private ObjectNode roundTrip(ObjectNode obj) {
        return normalized(protobuf.decode(protobuf.encode(obj)));
    }

    @Test
    void aConfigMapWithDataAndLabelsComesBackUnchanged() {
        ObjectNode configMap = tree(new ConfigMapBuilder()
                .withNewMetadata().withName("c").withNamespace("default").addToLabels("a", "b").endMetadata()
                .addToData("k", "v")
                .addToBinaryData("bin", "AAEC")
                .build());

        assertThat(roundTrip(configMap)).isEqualTo(configMap);
    }

    @Test
    void aPodWithContainersResourcesProbesAndEnvComesBackUnchanged() {
        ObjectNode pod = tree(new PodBuilder()
                .withNewMetadata().withName("p").withNamespace("default").withUid("u-1").withResourceVersion("7")
                    .withCreationTimestamp("2024-01-02T03:04:05Z").addToAnnotations("note", "x")
                    .addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet").withName("rs")
                        .withUid("u-0").withController(true).withBlockOwnerDeletion(true).endOwnerReference()
                .endMetadata()
                .withNewSpec()
                    .addNewContainer().withName("c").withImage("busybox").withCommand("sh", "-c", "sleep 1")
                        .addNewEnv().withName("A").withValue("1").endEnv()
                        .addNewEnv().withName("B").withNewValueFrom().withNewConfigMapKeyRef("k", "cm", false)
                            .endValueFrom().endEnv()
                        .withNewResources()
                            .addToLimits("cpu", new Quantity("500m")).addToLimits("memory", new Quantity("64Mi"))
                            .addToRequests("cpu", new Quantity("100m"))
                        .endResources()
                        .addNewPort().withName("http").withContainerPort(80).withProtocol("TCP").endPort()
                        .withNewReadinessProbe().withNewHttpGet().withPath("/").withPort(new IntOrString("http"))
                            .endHttpGet().withPeriodSeconds(5).endReadinessProbe()
                        .withNewLivenessProbe().withNewExec().withCommand("true").endExec()
                            .withInitialDelaySeconds(3).endLivenessProbe()
                        .addNewVolumeMount().withName("v").withMountPath("/etc/c").endVolumeMount()
                        .withNewSecurityContext().withRunAsUser(0L).withPrivileged(false).endSecurityContext()
                    .endContainer()
                    .addNewVolume().withName("v").withNewConfigMap().withName("cm").withDefaultMode(420)
                        .endConfigMap().endVolume()
                    .addNewVolume().withName("s").withNewSecret().withSecretName("sec").endSecret().endVolume()
                    .addNewToleration().withKey("k").withOperator("Exists").withTolerationSeconds(30L).endToleration()
                    .withTerminationGracePeriodSeconds(0L)
                    .withRestartPolicy("Always")
                    .withNodeSelector(Map.of("disk", "ssd"))
                .endSpec()
                .withNewStatus().withPhase("Running").withPodIP("10.0.0.5")
                    .addNewContainerStatus().withName("c").withReady(false).withRestartCount(0).withImage("busybox")
                        .withNewState().withNewRunning("2024-01-02T03:04:06Z").endState()
                    .endContainerStatus()
                    .addNewCondition().withType("Ready").withStatus("True")
                        .withLastTransitionTime("2024-01-02T03:04:07Z").endCondition()
                .endStatus()
                .build());

        assertThat(roundTrip(pod)).isEqualTo(pod);
    }

    @Test
    void aDeploymentKeepsIntOrStringSurgeAsStringAndAsNumberAndZeroReplicas() {
        ObjectNode deployment = tree(new DeploymentBuilder()
                .withNewMetadata().withName("web").withNamespace("default").withGeneration(2L).endMetadata()
                .withNewSpec()
                    .withReplicas(0)
                    .withNewSelector().addToMatchLabels("app", "web").endSelector()
                    .withNewStrategy().withType("RollingUpdate").withNewRollingUpdate()
                        .withMaxSurge(new IntOrString("25%")).withMaxUnavailable(new IntOrString(1))
                    .endRollingUpdate().endStrategy()
                    .withNewTemplate()
                        .withNewMetadata().addToLabels("app", "web").endMetadata()
                        .withNewSpec().addNewContainer().withName("nginx").withImage("nginx:1.27").endContainer().endSpec()
                    .endTemplate()
                .endSpec()
                .withNewStatus().withObservedGeneration(2L).withReplicas(3).endStatus()
                .build());

        ObjectNode back = roundTrip(deployment);

        assertThat(back).isEqualTo(deployment);
        assertThat(back.at("/spec/strategy/rollingUpdate/maxSurge").isTextual()).isTrue();
        assertThat(back.at("/spec/strategy/rollingUpdate/maxUnavailable").isInt()).isTrue();
        assertThat(back.at("/spec/replicas").intValue()).isZero();
    }

    @Test
    void aSecretKeepsItsBytesAsBase64() {
        ObjectNode secret = tree(new SecretBuilder()
                .withNewMetadata().withName("s").endMetadata()
                .withType("Opaque")
                .addToData("password", "aHVudGVyMg==")
                .addToData("empty", "")
                .withImmutable(false)
                .build());

        ObjectNode back = roundTrip(secret);

        assertThat(back).isEqualTo(secret);
        assertThat(back.at("/data/password").textValue()).isEqualTo("aHVudGVyMg==");
    }

    @Test
    void aServiceKeepsNumericAndNamedTargetPorts() {
        ObjectNode service = tree(new ServiceBuilder()
                .withNewMetadata().withName("svc").endMetadata()
                .withNewSpec().withType("ClusterIP").withClusterIP("10.96.0.10").withClusterIPs("10.96.0.10")
                    .addToSelector("app", "web")
                    .addNewPort().withName("a").withPort(80).withTargetPort(new IntOrString(8080)).withProtocol("TCP").endPort()
                    .addNewPort().withName("b").withPort(443).withTargetPort(new IntOrString("https")).endPort()
                .endSpec()
                .build());

        ObjectNode back = roundTrip(service);

        assertThat(back).isEqualTo(service);
        assertThat(back.at("/spec/ports/0/targetPort").intValue()).isEqualTo(8080);
        assertThat(back.at("/spec/ports/1/targetPort").textValue()).isEqualTo("https");
    }

    @Test
    void anEventKeepsTimeInSecondsAndMicroTimeInMicroseconds() {
        ObjectNode event = json("{'kind':'Event','apiVersion':'v1','metadata':{'name':'p.1','namespace':'default'},"
                + "'involvedObject':{'kind':'Pod','namespace':'default','name':'p','uid':'u-1','apiVersion':'v1'},"
                + "'reason':'Started','message':'Started container c','source':{'component':'kubelet','host':'n1'},"
                + "'firstTimestamp':'2024-01-02T03:04:05Z','lastTimestamp':'2024-01-02T03:04:09Z','count':2,"
                + "'type':'Normal','eventTime':'2024-01-02T03:04:05.123456Z',"
                + "'series':{'count':2,'lastObservedTime':'2024-01-02T03:04:09.000001Z'},"
                + "'reportingComponent':'kubelet','reportingInstance':'n1'}");

        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void aTimeWithAnOffsetOrAFractionComesBackInUtcSeconds() {
        ObjectNode configMap = json("{'kind':'ConfigMap','apiVersion':'v1','metadata':{'name':'c',"
                + "'creationTimestamp':'2024-01-02T05:04:05.75+02:00'}}");

        assertThat(roundTrip(configMap).at("/metadata/creationTimestamp").textValue())
                .isEqualTo("2024-01-02T03:04:05Z");
    }

    @Test
    void aStatusWithDetailsComesBackUnchanged() {
        ObjectNode status = json("{'kind':'Status','apiVersion':'v1','metadata':{},'status':'Failure',"
                + "'message':'pods \\\"p\\\" not found','reason':'NotFound',"
                + "'details':{'name':'p','kind':'pods','causes':[{'reason':'FieldValueRequired','message':'m',"
                + "'field':'spec'}]},'code':404}");

        assertThat(roundTrip(status)).isEqualTo(status);
    }

    @Test
    void aSelfSubjectAccessReviewComesBackUnchanged() {
        ObjectNode review = json("{'kind':'SelfSubjectAccessReview','apiVersion':'authorization.k8s.io/v1',"
                + "'metadata':{},'spec':{'resourceAttributes':{'namespace':'default','verb':'create',"
                + "'group':'apps','resource':'deployments'}},'status':{'allowed':true,'reason':'RBAC'}}");

        assertThat(roundTrip(review)).isEqualTo(review);
    }

    @Test
    void aSelfSubjectReviewKeepsExtraValuesAsArrays() {
        ObjectNode review = json("{'kind':'SelfSubjectReview','apiVersion':'authentication.k8s.io/v1',"
                + "'metadata':{'creationTimestamp':'2024-01-02T03:04:05Z'},'status':{'userInfo':{'username':'admin',"
                + "'uid':'1','groups':['system:masters','system:authenticated'],'extra':{'scopes':['a','b']}}}}");

        assertThat(roundTrip(review)).isEqualTo(review);
    }

    @Test
    void aDeploymentListKeepsItsItemsAndListMeta() {
        ObjectNode list = tree(new DeploymentListBuilder()
                .withMetadata(new io.fabric8.kubernetes.api.model.ListMetaBuilder().withResourceVersion("42")
                    .withContinue("token").withRemainingItemCount(0L).build())
                .addNewItem().withNewMetadata().withName("a").endMetadata().withNewSpec().withReplicas(1)
                    .endSpec().endItem()
                .addNewItem().withNewMetadata().withName("b").endMetadata().endItem()
                .build());

        // as the JSON API shows a typed list: the items carry no kind or apiVersion of their own
        for (JsonNode item : list.get("items")) {
            ((ObjectNode) item).remove(List.of("kind", "apiVersion"));
        }
        assertThat(roundTrip(list)).isEqualTo(list);
    }

    @Test
    void anEmptyListStillShowsItsItemsArray() {
        ObjectNode list = json("{'kind':'PodList','apiVersion':'v1','metadata':{'resourceVersion':'9'}}");

        assertThat(roundTrip(list).get("items").isArray()).isTrue();
        assertThat(roundTrip(list).get("items")).isEmpty();
    }

    @Test
    void managedFieldsKeepTheirFieldsV1Object() {
        ObjectNode configMap = json("{'kind':'ConfigMap','apiVersion':'v1','metadata':{'name':'c','managedFields':["
                + "{'manager':'kubectl','operation':'Apply','apiVersion':'v1','time':'2024-01-02T03:04:05Z',"
                + "'fieldsType':'FieldsV1','fieldsV1':{'f:data':{'.':{},'f:k':{}}}}]},'data':{'k':'v'}}");

        assertThat(roundTrip(configMap)).isEqualTo(configMap);
    }

    @Test
    void aControllerRevisionKeepsItsRawExtensionData() {
        ObjectNode revision = json("{'kind':'ControllerRevision','apiVersion':'apps/v1','metadata':{'name':'r'},"
                + "'data':{'spec':{'template':{'spec':{'containers':[{'name':'c','image':'i'}]}}}},'revision':3}");

        assertThat(roundTrip(revision)).isEqualTo(revision);
    }

    @Test
    void aLeaseKeepsItsMicroTimes() {
        ObjectNode lease = json("{'kind':'Lease','apiVersion':'coordination.k8s.io/v1','metadata':{'name':'n1',"
                + "'namespace':'kube-node-lease'},'spec':{'holderIdentity':'n1','leaseDurationSeconds':40,"
                + "'renewTime':'2024-01-02T03:04:05.678901Z','leaseTransitions':0}}");

        assertThat(roundTrip(lease)).isEqualTo(lease);
    }

    @Test
    void aCustomResourceDefinitionKeepsItsSchema() {
        ObjectNode crd = json("{'kind':'CustomResourceDefinition','apiVersion':'apiextensions.k8s.io/v1',"
                + "'metadata':{'name':'foos.example.com'},'spec':{'group':'example.com','scope':'Namespaced',"
                + "'names':{'plural':'foos','singular':'foo','kind':'Foo','listKind':'FooList'},"
                + "'versions':[{'name':'v1','served':true,'storage':true,'schema':{'openAPIV3Schema':{"
                + "'type':'object','x-kubernetes-preserve-unknown-fields':true,'properties':{"
                + "'spec':{'type':'object','required':['size'],'properties':{"
                + "'size':{'type':'integer','minimum':1,'default':3},"
                + "'mode':{'type':'string','enum':['a','b']},"
                + "'tags':{'type':'array','items':{'type':'string'},'x-kubernetes-list-type':'set'},"
                + "'labels':{'type':'object','additionalProperties':{'type':'string'}},"
                + "'free':{'type':'object','additionalProperties':false},"
                + "'port':{'x-kubernetes-int-or-string':true,'anyOf':[{'type':'integer'},{'type':'string'}]}}}}}},"
                + "'additionalPrinterColumns':[{'name':'Size','type':'integer','jsonPath':'.spec.size'}],"
                + "'subresources':{'status':{}}}]}}");

        assertThat(roundTrip(crd)).isEqualTo(crd);
    }

    @Test
    void aMetaKindServedInAGroupKeepsTheGroupVersion() {
        ObjectNode options = json("{'kind':'DeleteOptions','apiVersion':'apps/v1','gracePeriodSeconds':0,"
                + "'propagationPolicy':'Foreground','preconditions':{'uid':'u-1'},'dryRun':['All']}");

        assertThat(roundTrip(options)).isEqualTo(options);
    }

    @Test
    void anEvictionEmbedsItsDeleteOptions() {
        ObjectNode eviction = json("{'kind':'Eviction','apiVersion':'policy/v1','metadata':{'name':'p',"
                + "'namespace':'default'},'deleteOptions':{'gracePeriodSeconds':30}}");

        assertThat(roundTrip(eviction)).isEqualTo(eviction);
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAndNumericQuantitiesStillEncode() {
        ObjectNode deployment = json("{'kind':'Deployment','apiVersion':'apps/v1','metadata':{'name':'d'},"
                + "'spec':{'replicas':3.0,'template':{'spec':{'containers':[{'name':'c','resources':{"
                + "'limits':{'cpu':0.5,'memory':1e9}}}]}}}}");

        ObjectNode back = roundTrip(deployment);

        assertThat(back.at("/spec/replicas").intValue()).isEqualTo(3);
        assertThat(back.at("/spec/template/spec/containers/0/resources/limits"))
                .isEqualTo(json("{'cpu':'0.5','memory':'1000000000'}"));
    }
}
