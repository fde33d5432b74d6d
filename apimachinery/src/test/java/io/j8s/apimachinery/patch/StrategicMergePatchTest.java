package io.j8s.apimachinery.patch;

import static io.j8s.apimachinery.patch.JsonPatchTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class StrategicMergePatchTest {

    private static ObjectNode obj(String s) {
        return (ObjectNode) json(s);
    }

    private static ObjectNode deployment() {
        Deployment d = new DeploymentBuilder()
                .withNewMetadata().withName("web").addToLabels("app", "web").addToLabels("tier", "front")
                .withFinalizers("a", "b").endMetadata()
                .withNewSpec()
                .withNewStrategy().withType("RollingUpdate").withNewRollingUpdate().withNewMaxSurge(1).endRollingUpdate().endStrategy()
                .withNewTemplate().withNewSpec()
                .addToContainers(new ContainerBuilder().withName("app").withImage("nginx:1")
                        .addNewEnv().withName("A").withValue("1").endEnv()
                        .addNewEnv().withName("B").withValue("2").endEnv()
                        .addNewPort().withContainerPort(80).withName("http").endPort()
                        .build())
                .addToContainers(new ContainerBuilder().withName("sidecar").withImage("envoy:1").build())
                .addNewVolume().withName("data").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewToleration().withKey("k1").withOperator("Exists").endToleration()
                .endSpec().endTemplate()
                .endSpec().build();
        return Json.toTree(d);
    }

    private static JsonNode containers(ObjectNode d) {
        return d.at("/spec/template/spec/containers");
    }

    @Test
    void setImageMergesContainersByName() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'containers':[{'name':'sidecar','image':'envoy:2'}]}}}}"), Deployment.class);
        assertThat(containers(out)).hasSize(2);
        assertThat(containers(out).get(0).path("image").asText()).isEqualTo("nginx:1");
        assertThat(containers(out).get(0).path("env")).hasSize(2);
        assertThat(containers(out).get(1).path("image").asText()).isEqualTo("envoy:2");
    }

    @Test
    void setEnvMergesVariablesByNameAndAppendsNewOnes() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'containers':[{'name':'app','env':[{'name':'B','value':'20'},{'name':'C','value':'3'}]}]}}}}"),
                Deployment.class);
        assertThat(containers(out).get(0).path("env"))
                .isEqualTo(json("[{'name':'A','value':'1'},{'name':'B','value':'20'},{'name':'C','value':'3'}]"));
    }

    @Test
    void patchDeleteRemovesAListElementByKey() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'containers':[{'name':'app','env':[{'$patch':'delete','name':'A'}]}]}}}}"),
                Deployment.class);
        assertThat(containers(out).get(0).path("env")).isEqualTo(json("[{'name':'B','value':'2'}]"));
    }

    @Test
    void portsMergeByContainerPort() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'containers':[{'name':'app','ports':[{'containerPort':80,'protocol':'TCP'},{'containerPort':443}]}]}}}}"),
                Deployment.class);
        assertThat(containers(out).get(0).path("ports"))
                .isEqualTo(json("[{'containerPort':80,'name':'http','protocol':'TCP'},{'containerPort':443}]"));
    }

    @Test
    void listsWithoutAMergeStrategyAreReplaced() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'tolerations':[{'key':'k2','operator':'Exists'}]}}}}"), Deployment.class);
        assertThat(out.at("/spec/template/spec/tolerations")).isEqualTo(json("[{'key':'k2','operator':'Exists'}]"));
    }

    @Test
    void nullDeletesALabel() {
        ObjectNode out = StrategicMergePatch.apply(deployment(), obj("{'metadata':{'labels':{'tier':null,'new':'x'}}}"), Deployment.class);
        assertThat(out.at("/metadata/labels")).isEqualTo(json("{'app':'web','new':'x'}"));
    }

    @Test
    void finalizersMergeAsASetAndDeleteFromPrimitiveListRemoves() {
        ObjectNode added = StrategicMergePatch.apply(deployment(), obj("{'metadata':{'finalizers':['b','c']}}"), Deployment.class);
        assertThat(added.at("/metadata/finalizers")).isEqualTo(json("['a','b','c']"));
        ObjectNode removed = StrategicMergePatch.apply(deployment(),
                obj("{'metadata':{'$deleteFromPrimitiveList/finalizers':['a']}}"), Deployment.class);
        assertThat(removed.at("/metadata/finalizers")).isEqualTo(json("['b']"));
    }

    @Test
    void retainKeysClearsTheOtherFieldsOfAStrategy() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'strategy':{'$retainKeys':['type'],'type':'Recreate'}}}"), Deployment.class);
        assertThat(out.at("/spec/strategy")).isEqualTo(json("{'type':'Recreate'}"));
    }

    @Test
    void retainKeysSwitchesAVolumeSource() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'volumes':[{'name':'data','$retainKeys':['configMap','name'],'configMap':{'name':'cm'}}]}}}}"),
                Deployment.class);
        assertThat(out.at("/spec/template/spec/volumes")).isEqualTo(json("[{'name':'data','configMap':{'name':'cm'}}]"));
    }

    @Test
    void aPatchFieldMissingFromRetainKeysIsABadRequest() {
        assertThatThrownBy(() -> StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'strategy':{'$retainKeys':['type'],'rollingUpdate':{}}}}"), Deployment.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("invalid patch format of retainKeys");
                });
    }

    @Test
    void setElementOrderReordersTheMergedList() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'$setElementOrder/containers':[{'name':'sidecar'},{'name':'app'}],"
                        + "'containers':[{'name':'app','image':'nginx:2'}]}}}}"),
                Deployment.class);
        assertThat(containers(out)).extracting(c -> c.path("name").asText()).containsExactly("sidecar", "app");
        assertThat(containers(out).get(1).path("image").asText()).isEqualTo("nginx:2");
        assertThat(out.at("/spec/template/spec").has("$setElementOrder/containers")).isFalse();
    }

    @Test
    void applyStylePatchAddsAContainerAtTheRequestedPlace() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'$setElementOrder/containers':[{'name':'app'},{'name':'log'},{'name':'sidecar'}],"
                        + "'containers':[{'name':'log','image':'fluent:1'}]}}}}"),
                Deployment.class);
        assertThat(containers(out)).extracting(c -> c.path("name").asText()).containsExactly("app", "log", "sidecar");
    }

    @Test
    void setElementOrderOfPrimitivesOrdersFinalizers() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'metadata':{'$setElementOrder/finalizers':['b','a']}}"), Deployment.class);
        assertThat(out.at("/metadata/finalizers")).isEqualTo(json("['b','a']"));
    }

    @Test
    void patchReplaceInAListReplacesTheWholeList() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'containers':[{'$patch':'replace'},{'name':'only','image':'busybox'}]}}}}"),
                Deployment.class);
        assertThat(containers(out)).isEqualTo(json("[{'name':'only','image':'busybox'}]"));
    }

    @Test
    void patchReplaceInAMapReplacesTheMap() {
        ObjectNode out = StrategicMergePatch.apply(deployment(),
                obj("{'metadata':{'labels':{'$patch':'replace','only':'x'}}}"), Deployment.class);
        assertThat(out.at("/metadata/labels")).isEqualTo(json("{'only':'x'}"));
    }

    @Test
    void patchDeleteInAMapEmptiesIt() {
        ObjectNode out = StrategicMergePatch.apply(deployment(), obj("{'metadata':{'labels':{'$patch':'delete'}}}"), Deployment.class);
        assertThat(out.at("/metadata/labels")).isEqualTo(json("{}"));
    }

    @Test
    void conditionsOfAStatusMergeByType() {
        Pod pod = new PodBuilder().withNewMetadata().withName("p").endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus("False").endCondition()
                .addNewCondition().withType("PodScheduled").withStatus("True").endCondition().endStatus().build();
        ObjectNode out = StrategicMergePatch.apply(Json.toTree(pod),
                obj("{'status':{'conditions':[{'type':'Ready','status':'True'}]}}"), Pod.class);
        assertThat(out.at("/status/conditions"))
                .isEqualTo(json("[{'status':'True','type':'Ready'},{'status':'True','type':'PodScheduled'}]"));
    }

    @Test
    void newFieldsArriveWithoutDirectivesOrNulls() {
        ObjectNode out = StrategicMergePatch.apply(obj("{'metadata':{'name':'p'}}"),
                obj("{'spec':{'containers':[{'name':'a','image':'x','env':[{'$patch':'delete','name':'Z'}],'args':null}]}}"), Pod.class);
        assertThat(out.at("/spec/containers")).isEqualTo(json("[{'name':'a','image':'x','env':[]}]"));
    }

    @Test
    void aListElementWithoutItsMergeKeyIsAnInternalError() {
        assertThatThrownBy(() -> StrategicMergePatch.apply(deployment(),
                obj("{'spec':{'template':{'spec':{'containers':[{'image':'x'}]}}}}"), Deployment.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(500);
                    assertThat(e.getMessage()).isEqualTo("Internal error occurred: map: map[image:x] does not contain declared merge key: name");
                });
    }

    @Test
    void anUnknownDirectiveIsAnInternalError() {
        assertThatThrownBy(() -> StrategicMergePatch.apply(deployment(), obj("{'metadata':{'labels':{'$patch':'bogus'}}}"), Deployment.class))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("unknown patch type: bogus in map:"));
    }

    @Test
    void withoutAModelClassListsAreReplaced() {
        ObjectNode out = StrategicMergePatch.apply(obj("{'spec':{'items':[{'name':'a'},{'name':'b'}],'x':{'y':1}}}"),
                obj("{'spec':{'items':[{'name':'c'}],'x':{'z':2}}}"), null);
        assertThat(out).isEqualTo(json("{'spec':{'items':[{'name':'c'}],'x':{'y':1,'z':2}}}"));
    }

    @Test
    void leavesItsArgumentsUntouched() {
        ObjectNode original = deployment();
        ObjectNode patch = obj("{'metadata':{'labels':{'tier':null}}}");
        StrategicMergePatch.apply(original, patch, Deployment.class);
        assertThat(original).isEqualTo(deployment());
        assertThat(patch).isEqualTo(obj("{'metadata':{'labels':{'tier':null}}}"));
    }

    @Test
    void patchMetaExposesTheGoTags() {
        assertThat(PatchMeta.of(io.fabric8.kubernetes.api.model.PodSpec.class, "volumes"))
                .hasValueSatisfying(s -> {
                    assertThat(s.patchStrategy()).isEqualTo("merge,retainKeys");
                    assertThat(s.mergeKey()).isEqualTo("name");
                });
        assertThat(PatchMeta.of(io.fabric8.kubernetes.api.model.PodSpec.class, "tolerations")).isEmpty();
        assertThat(PatchMeta.fieldType(io.fabric8.kubernetes.api.model.PodSpec.class, "containers"))
                .isEqualTo(io.fabric8.kubernetes.api.model.Container.class);
        assertThat(PatchMeta.fieldType(Pod.class, "metadata")).isEqualTo(io.fabric8.kubernetes.api.model.ObjectMeta.class);
        assertThat(PatchMeta.table()).containsKey(io.fabric8.kubernetes.api.model.ObjectMeta.class);
    }

    @Test
    void mergedListsKeepLiveOrderWithNewItemsAfter() {
        ObjectNode out = StrategicMergePatch.apply(obj("{'metadata':{'finalizers':['x','y','z']}}"),
                obj("{'metadata':{'finalizers':['w','x']}}"), Pod.class);
        assertThat(out.at("/metadata/finalizers")).isEqualTo(json("['w','x','y','z']"));
    }

    @Test
    void kubectlSetEnvRemovalPatchWithElementOrdersApplies() {
        ObjectNode out = StrategicMergePatch.apply(deployment(), obj("{'spec':{'template':{'spec':{"
                + "'$setElementOrder/containers':[{'name':'app'},{'name':'sidecar'}],"
                + "'containers':[{'$setElementOrder/env':[{'name':'A'}],'env':[{'$patch':'delete','name':'B'}],'name':'app'}]}}}}"),
                Deployment.class);
        assertThat(containers(out)).extracting(c -> c.path("name").asText()).containsExactly("app", "sidecar");
        assertThat(containers(out).get(0).path("env")).isEqualTo(json("[{'name':'A','value':'1'}]"));
        assertThat(containers(out).get(0).has("$setElementOrder/env")).isFalse();
    }

    @Test
    void aPatchListOutOfItsElementOrderIsRejected() {
        assertThatThrownBy(() -> StrategicMergePatch.apply(deployment(), obj("{'spec':{'template':{'spec':{"
                + "'$setElementOrder/containers':[{'name':'app'},{'name':'sidecar'}],"
                + "'containers':[{'name':'sidecar','image':'a'},{'name':'app','image':'b'}]}}}}"), Deployment.class))
                .isInstanceOf(ApiException.class);
    }
}
