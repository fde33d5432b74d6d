package io.j8s.apiserver.registry.core.pod;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.Strategies;
import io.j8s.apiserver.registry.Strategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodStrategyTest {

    private final Strategy strategy = Strategies.forResource(pods());

    private static ResourceDefinition pods() {
        return BuiltinResources.all().stream().filter(d -> d.resource().equals("pods")).findFirst().orElseThrow();
    }

    private static PodBuilder pod() {
        return new PodBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("nginx:1.27").endContainer().endSpec();
    }

    private ObjectNode created(Pod pod) {
        ObjectNode obj = Json.toTree(pod);
        strategy.applyDefaults(obj);
        strategy.prepareForCreate(obj);
        return obj;
    }

    private List<String> errors(Pod pod) {
        return strategy.validate(created(pod)).stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsPodSpecAsKubernetesDoes() {
        ObjectNode spec = (ObjectNode) created(pod().build()).get("spec");

        assertThat(spec.path("restartPolicy").asText()).isEqualTo("Always");
        assertThat(spec.path("dnsPolicy").asText()).isEqualTo("ClusterFirst");
        assertThat(spec.path("terminationGracePeriodSeconds").asLong()).isEqualTo(30);
        assertThat(spec.path("schedulerName").asText()).isEqualTo("default-scheduler");
        assertThat(spec.path("securityContext").isObject()).isTrue();
        assertThat(spec.path("enableServiceLinks").asBoolean()).isTrue();
        assertThat(spec.path("priority").asInt(-1)).isZero();
        assertThat(spec.path("preemptionPolicy").asText()).isEqualTo("PreemptLowerPriority");
        assertThat(spec.has("serviceAccountName")).isFalse();
        ObjectNode c = (ObjectNode) spec.path("containers").get(0);
        assertThat(c.path("terminationMessagePath").asText()).isEqualTo("/dev/termination-log");
        assertThat(c.path("terminationMessagePolicy").asText()).isEqualTo("File");
    }

    @Test
    void defaultsImagePullPolicyToAlwaysForLatestTag() {
        ObjectNode obj = created(pod().editSpec().editFirstContainer().withImage("nginx:latest").endContainer().endSpec().build());
        assertThat(obj.at("/spec/containers/0/imagePullPolicy").asText()).isEqualTo("Always");
    }

    @Test
    void defaultsImagePullPolicyToAlwaysWithoutTag() {
        ObjectNode obj = created(pod().editSpec().editFirstContainer().withImage("registry:5000/nginx").endContainer().endSpec().build());
        assertThat(obj.at("/spec/containers/0/imagePullPolicy").asText()).isEqualTo("Always");
    }

    @Test
    void defaultsImagePullPolicyToIfNotPresentForPinnedTag() {
        ObjectNode obj = created(pod().build());
        assertThat(obj.at("/spec/containers/0/imagePullPolicy").asText()).isEqualTo("IfNotPresent");
    }

    @Test
    void keepsImagePullPolicyTheClientSet() {
        ObjectNode obj = created(pod().editSpec().editFirstContainer().withImagePullPolicy("Never").endContainer().endSpec().build());
        assertThat(obj.at("/spec/containers/0/imagePullPolicy").asText()).isEqualTo("Never");
    }

    @Test
    void defaultsPortProtocolAndProbeSettings() {
        ObjectNode obj = created(pod().editSpec().editFirstContainer()
                .addNewPort().withContainerPort(80).endPort()
                .withNewLivenessProbe().withNewHttpGet().withNewPort(80).endHttpGet().endLivenessProbe()
                .endContainer().endSpec().build());

        assertThat(obj.at("/spec/containers/0/ports/0/protocol").asText()).isEqualTo("TCP");
        ObjectNode probe = (ObjectNode) obj.at("/spec/containers/0/livenessProbe");
        assertThat(probe.path("timeoutSeconds").asInt()).isEqualTo(1);
        assertThat(probe.path("periodSeconds").asInt()).isEqualTo(10);
        assertThat(probe.path("successThreshold").asInt()).isEqualTo(1);
        assertThat(probe.path("failureThreshold").asInt()).isEqualTo(3);
        assertThat(probe.at("/httpGet/scheme").asText()).isEqualTo("HTTP");
        assertThat(probe.at("/httpGet/path").asText()).isEqualTo("/");
    }

    @Test
    void defaultsRequestsToLimits() {
        ObjectNode obj = created(pod().editSpec().editFirstContainer().withNewResources()
                .addToLimits("cpu", new Quantity("500m")).addToLimits("memory", new Quantity("128Mi"))
                .endResources().endContainer().endSpec().build());

        assertThat(obj.at("/spec/containers/0/resources/requests/cpu").asText()).isEqualTo("500m");
        assertThat(obj.at("/spec/containers/0/resources/requests/memory").asText()).isEqualTo("128Mi");
    }

    @Test
    void setsPendingPhaseAndGuaranteedQosWhenRequestsEqualLimits() {
        ObjectNode obj = created(pod().editSpec().editFirstContainer().withNewResources()
                .addToLimits("cpu", new Quantity("1")).addToLimits("memory", new Quantity("1Gi"))
                .endResources().endContainer().endSpec().build());

        assertThat(obj.at("/status/phase").asText()).isEqualTo("Pending");
        assertThat(obj.at("/status/qosClass").asText()).isEqualTo("Guaranteed");
    }

    @Test
    void classifiesPodWithOnlyRequestsAsBurstable() {
        ObjectNode obj = created(pod().editSpec().editFirstContainer().withNewResources()
                .addToRequests("cpu", new Quantity("100m")).endResources().endContainer().endSpec().build());
        assertThat(obj.at("/status/qosClass").asText()).isEqualTo("Burstable");
    }

    @Test
    void classifiesPodWithoutResourcesAsBestEffort() {
        assertThat(created(pod().build()).at("/status/qosClass").asText()).isEqualTo("BestEffort");
    }

    @Test
    void acceptsAValidPod() {
        assertThat(errors(pod().build())).isEmpty();
    }

    @Test
    void rejectsPodWithoutContainers() {
        assertThat(errors(pod().editSpec().withContainers(List.of()).endSpec().build()))
                .containsExactly("spec.containers: Required value");
    }

    @Test
    void rejectsContainerWithoutImage() {
        assertThat(errors(pod().editSpec().editFirstContainer().withImage(null).endContainer().endSpec().build()))
                .containsExactly("spec.containers[0].image: Required value");
    }

    @Test
    void rejectsContainerNameThatIsNotADnsLabel() {
        assertThat(errors(pod().editSpec().editFirstContainer().withName("App_1").endContainer().endSpec().build()))
                .containsExactly("spec.containers[0].name: Invalid value: \"App_1\": a lowercase RFC 1123 label must consist of "
                        + "lower case alphanumeric characters or '-', and must start and end with an alphanumeric character "
                        + "(e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    }

    @Test
    void rejectsContainerNamesRepeatedAcrossInitAndRegularContainers() {
        Pod p = pod().editSpec().addNewInitContainer().withName("app").withImage("busybox:1").endInitContainer().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.containers[0].name: Duplicate value: \"app\"");
    }

    @Test
    void rejectsContainerPortOutOfRange() {
        Pod p = pod().editSpec().editFirstContainer().addNewPort().withContainerPort(70000).endPort().endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly(
                "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive");
    }

    @Test
    void rejectsDuplicatePortNames() {
        Pod p = pod().editSpec().editFirstContainer()
                .addNewPort().withName("http").withContainerPort(80).endPort()
                .addNewPort().withName("http").withContainerPort(81).endPort()
                .endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.containers[0].ports[1].name: Duplicate value: \"http\"");
    }

    @Test
    void rejectsPortNameThatIsNotAnIanaServiceName() {
        Pod p = pod().editSpec().editFirstContainer().addNewPort().withName("8080").withContainerPort(80).endPort()
                .endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly(
                "spec.containers[0].ports[0].name: Invalid value: \"8080\": must contain at least one letter (a-z)");
    }

    @Test
    void rejectsMountOfUndefinedVolume() {
        Pod p = pod().editSpec().editFirstContainer().addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount()
                .endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.containers[0].volumeMounts[0].name: Not found: \"data\"");
    }

    @Test
    void rejectsDuplicateVolumeNames() {
        Pod p = pod().editSpec().addNewVolume().withName("v").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewVolume().withName("v").withNewEmptyDir().endEmptyDir().endVolume().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.volumes[1].name: Duplicate value: \"v\"");
    }

    @Test
    void rejectsVolumeWithTwoSources() {
        Pod p = pod().editSpec().addNewVolume().withName("v").withNewEmptyDir().endEmptyDir()
                .withNewHostPath().withPath("/tmp").endHostPath().endVolume().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.volumes[0].emptyDir: Forbidden: may not specify more than 1 volume type");
    }

    @Test
    void defaultsVolumeWithoutSourceToEmptyDir() {
        ObjectNode obj = created(pod().editSpec().addNewVolume().withName("scratch").endVolume().endSpec().build());
        assertThat(obj.at("/spec/volumes/0/emptyDir").isObject()).isTrue();
    }

    @Test
    void rejectsRequestAboveLimit() {
        Pod p = pod().editSpec().editFirstContainer().withNewResources()
                .addToLimits("cpu", new Quantity("500m")).addToRequests("cpu", new Quantity("1"))
                .endResources().endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly(
                "spec.containers[0].resources.requests[cpu]: Invalid value: \"1\": must be less than or equal to cpu limit of 500m");
    }

    @Test
    void rejectsUnsupportedRestartPolicy() {
        assertThat(errors(pod().editSpec().withRestartPolicy("Sometimes").endSpec().build())).containsExactly(
                "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"");
    }

    @Test
    void rejectsUnsupportedDnsPolicy() {
        assertThat(errors(pod().editSpec().withDnsPolicy("Google").endSpec().build())).hasSize(1)
                .first().asString().startsWith("spec.dnsPolicy: Unsupported value: \"Google\"");
    }

    @Test
    void rejectsProbeWithoutHandler() {
        Pod p = pod().editSpec().editFirstContainer().withNewReadinessProbe().withPeriodSeconds(5).endReadinessProbe()
                .endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.containers[0].readinessProbe: Required value: must specify a handler type");
    }

    @Test
    void rejectsTolerationWithUnknownOperator() {
        Pod p = pod().editSpec().addToTolerations(new TolerationBuilder().withKey("k").withOperator("Maybe").build()).endSpec().build();
        assertThat(errors(p)).containsExactly(
                "spec.tolerations[0].operator: Unsupported value: \"Maybe\": supported values: \"Equal\", \"Exists\"");
    }

    @Test
    void rejectsInvalidNodeSelectorLabel() {
        Pod p = pod().editSpec().addToNodeSelector("disk", "fast ssd").endSpec().build();
        assertThat(errors(p)).hasSize(1).first().asString().startsWith("spec.nodeSelector: Invalid value: \"fast ssd\"");
    }

    @Test
    void rejectsEnvVarWithEqualsSign() {
        Pod p = pod().editSpec().editFirstContainer().addNewEnv().withName("A=B").withValue("x").endEnv().endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.containers[0].env[0].name: Invalid value: \"A=B\": "
                + "a valid environment variable name must consist only of printable ASCII characters other than '='");
    }

    @Test
    void rejectsPodWithoutName() {
        Pod p = pod().editMetadata().withName(null).endMetadata().build();
        assertThat(errors(p)).containsExactly("metadata.name: Required value: name or generateName is required");
    }

    @Test
    void forbidsChangingPodSpecBeyondImage() {
        ObjectNode old = created(pod().build());
        ObjectNode updated = created(pod().editSpec().withRestartPolicy("Never").endSpec().build());

        List<FieldError> errs = strategy.validateUpdate(updated, old);

        assertThat(errs).hasSize(1);
        assertThat(errs.get(0).field()).isEqualTo("spec");
        assertThat(errs.get(0).message()).startsWith("spec: Forbidden: pod updates may not change fields other than "
                + "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,"
                + "`spec.tolerations` (only additions to existing tolerations),"
                + "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)")
                .contains("spec.restartPolicy");
    }

    @Test
    void allowsChangingContainerImage() {
        ObjectNode old = created(pod().build());
        ObjectNode updated = old.deepCopy();
        ((ObjectNode) updated.at("/spec/containers/0")).put("image", "nginx:1.28");

        assertThat(strategy.validateUpdate(updated, old)).isEmpty();
    }

    @Test
    void forbidsAddingContainersOnUpdate() {
        ObjectNode old = created(pod().build());
        ObjectNode updated = created(pod().editSpec().addToContainers(new ContainerBuilder().withName("b").withImage("b:1").build())
                .endSpec().build());
        assertThat(strategy.validateUpdate(updated, old)).extracting(FieldError::message)
                .containsExactly("spec.containers: Forbidden: pod updates may not add or remove containers");
    }

    @Test
    void allowsAddingTolerationsButNotRemovingThem() {
        ObjectNode old = created(pod().editSpec().addNewToleration().withKey("a").withOperator("Exists").endToleration().endSpec().build());
        ObjectNode added = created(pod().editSpec().addNewToleration().withKey("a").withOperator("Exists").endToleration()
                .addNewToleration().withKey("b").withOperator("Exists").endToleration().endSpec().build());
        ObjectNode removed = created(pod().build());

        assertThat(strategy.validateUpdate(added, old)).isEmpty();
        assertThat(strategy.validateUpdate(removed, old)).extracting(FieldError::message)
                .contains("spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds");
    }

    @Test
    void forbidsRaisingActiveDeadlineSeconds() {
        ObjectNode old = created(pod().editSpec().withActiveDeadlineSeconds(60L).endSpec().build());
        ObjectNode updated = created(pod().editSpec().withActiveDeadlineSeconds(120L).endSpec().build());
        assertThat(strategy.validateUpdate(updated, old)).extracting(FieldError::message)
                .containsExactly("spec.activeDeadlineSeconds: Invalid value: 120: must be less than or equal to previous value");
    }

    @Test
    void forbidsChangingTheNamespaceOnUpdate() {
        ObjectNode old = created(pod().build());
        ObjectNode updated = old.deepCopy();
        ((ObjectNode) updated.get("metadata")).put("namespace", "other");
        assertThat(strategy.validateUpdate(updated, old)).extracting(FieldError::message)
                .containsExactly("metadata.namespace: Invalid value: \"other\": field is immutable");
    }

    @Test
    void rejectsStatusWithInvalidPodIP() {
        ObjectNode old = created(pod().build());
        ObjectNode updated = old.deepCopy();
        ((ObjectNode) updated.get("status")).put("podIP", "10.0.0.300");
        assertThat(strategy.validateStatusUpdate(updated, old)).extracting(FieldError::message)
                .containsExactly("status.podIP: Invalid value: \"10.0.0.300\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
    }

    @Test
    void selectsPodsByNodePhaseAndIP() {
        ObjectNode obj = created(pod().editSpec().withNodeName("node-1").endSpec().build());
        ((ObjectNode) obj.get("status")).put("podIP", "10.1.2.3");

        Map<String, String> fields = strategy.selectableFields(obj);

        assertThat(fields).containsEntry("spec.nodeName", "node-1").containsEntry("status.phase", "Pending")
                .containsEntry("status.podIP", "10.1.2.3").containsEntry("spec.restartPolicy", "Always")
                .containsEntry("spec.schedulerName", "default-scheduler").containsEntry("spec.hostNetwork", "false")
                .containsEntry("spec.serviceAccountName", "").containsEntry("status.nominatedNodeName", "");
    }

    @Test
    void reportsUnknownFieldsWithTheirPath() {
        ObjectNode obj = Json.toTree(pod().build());
        ((ObjectNode) obj.at("/spec/containers/0")).put("imagee", "x");
        assertThat(strategy.unknownFields(obj)).containsExactly("spec.containers[0].imagee");
    }

    @Test
    void requiresNodeSelectorTermsInRequiredNodeAffinity() {
        Pod p = pod().editSpec().withNewAffinity().withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .endRequiredDuringSchedulingIgnoredDuringExecution().endNodeAffinity().endAffinity().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                + ".nodeSelectorTerms: Required value: must have at least one node selector term");
    }

    @Test
    void rejectsNodeAffinityOperatorThatIsNotKnown() {
        Pod p = pod().editSpec().withNewAffinity().withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchExpression().withKey("zone").withOperator("Near").endMatchExpression()
                .endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution().endNodeAffinity().endAffinity()
                .endSpec().build();
        assertThat(errors(p)).containsExactly("spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                + ".nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: \"Near\": not a valid selector operator");
    }

    @Test
    void requiresTopologyKeyForPodAntiAffinity() {
        Pod p = pod().editSpec().withNewAffinity().withNewPodAntiAffinity().addNewRequiredDuringSchedulingIgnoredDuringExecution()
                .withNewLabelSelector().addToMatchLabels("app", "web").endLabelSelector().endRequiredDuringSchedulingIgnoredDuringExecution()
                .endPodAntiAffinity().endAffinity().endSpec().build();
        assertThat(errors(p)).containsExactly(
                "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty");
    }

    @Test
    void rejectsSpreadConstraintWithoutSkew() {
        Pod p = pod().editSpec().addNewTopologySpreadConstraint().withMaxSkew(0).withTopologyKey("zone")
                .withWhenUnsatisfiable("DoNotSchedule").endTopologySpreadConstraint().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero");
    }

    @Test
    void rejectsNegativeRunAsUser() {
        Pod p = pod().editSpec().withNewSecurityContext().withRunAsUser(-1L).endSecurityContext().endSpec().build();
        assertThat(errors(p)).containsExactly("spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive");
    }

    @Test
    void requiresASourceInEnvFrom() {
        Pod p = pod().editSpec().editFirstContainer().addNewEnvFrom().withPrefix("APP_").endEnvFrom().endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly(
                "spec.containers[0].envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`");
    }

    @Test
    void rejectsImageWithSurroundingWhitespaceInPods() {
        Pod p = pod().editSpec().editFirstContainer().withImage(" nginx:1.27").endContainer().endSpec().build();
        assertThat(errors(p)).containsExactly(
                "spec.containers[0].image: Invalid value: \" nginx:1.27\": must not have leading or trailing whitespace");
    }

    @Test
    void storesANegativeGracePeriodAsOneSecond() {
        ObjectNode obj = created(pod().editSpec().withTerminationGracePeriodSeconds(-5L).endSpec().build());
        assertThat(obj.at("/spec/terminationGracePeriodSeconds").asLong()).isEqualTo(1);
        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void rejectsHostAliasWithoutAnIP() {
        Pod p = pod().editSpec().addNewHostAlias().withIp("not-an-ip").withHostnames("db.local").endHostAlias().endSpec().build();
        assertThat(errors(p)).containsExactly(
                "spec.hostAliases[0].ip: Invalid value: \"not-an-ip\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
    }

    @Test
    void marksGatedPodsAsNotScheduledAndLetsGatesOnlyBeRemoved() {
        ObjectNode gated = created(pod().editSpec().addNewSchedulingGate("example.com/quota").endSpec().build());
        assertThat(gated.at("/status/conditions/0/reason").asText()).isEqualTo("SchedulingGated");

        ObjectNode released = created(pod().build());
        ObjectNode regated = created(pod().editSpec().addNewSchedulingGate("example.com/other").endSpec().build());

        assertThat(strategy.validateUpdate(released, gated)).isEmpty();
        assertThat(strategy.validateUpdate(regated, gated)).extracting(FieldError::message).containsExactly(
                "spec.schedulingGates[0]: Forbidden: only deletion is allowed, but found new scheduling gate 'example.com/other'");
    }
}
