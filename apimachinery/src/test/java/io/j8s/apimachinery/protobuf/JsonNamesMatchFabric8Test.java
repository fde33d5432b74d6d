package io.j8s.apimachinery.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON names the descriptor walk gives (renamed fields, inlined embedded structs, x-kubernetes-*)
 * are the names of the Kubernetes JSON API, checked against fabric8's model of it: with its catch-all
 * for unknown properties switched off, fabric8 reads every field of a fully filled object.
 */
class JsonNamesMatchFabric8Test {

    /** fabric8 keeps unknown members in additionalProperties; without that, they fail the read. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return false;
                }

                @Override
                public boolean hasAnySetterAnnotation(AnnotatedMethod am) {
                    return false;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();

    private final FilledObjects kinds = new FilledObjects();

    private static final List<Object[]> KINDS = List.of(
            new Object[] {"v1", "Pod", Pod.class},
            new Object[] {"v1", "Service", io.fabric8.kubernetes.api.model.Service.class},
            new Object[] {"v1", "ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class},
            new Object[] {"v1", "Secret", io.fabric8.kubernetes.api.model.Secret.class},
            new Object[] {"v1", "Node", io.fabric8.kubernetes.api.model.Node.class},
            new Object[] {"v1", "PersistentVolume", io.fabric8.kubernetes.api.model.PersistentVolume.class},
            new Object[] {"v1", "PersistentVolumeClaim", io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class},
            new Object[] {"v1", "Event", io.fabric8.kubernetes.api.model.Event.class},
            new Object[] {"v1", "Namespace", io.fabric8.kubernetes.api.model.Namespace.class},
            new Object[] {"v1", "Endpoints", io.fabric8.kubernetes.api.model.Endpoints.class},
            new Object[] {"v1", "ResourceQuota", io.fabric8.kubernetes.api.model.ResourceQuota.class},
            new Object[] {"v1", "ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class},
            new Object[] {"apps/v1", "Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class},
            new Object[] {"apps/v1", "StatefulSet", io.fabric8.kubernetes.api.model.apps.StatefulSet.class},
            new Object[] {"apps/v1", "DaemonSet", io.fabric8.kubernetes.api.model.apps.DaemonSet.class},
            new Object[] {"batch/v1", "CronJob", io.fabric8.kubernetes.api.model.batch.v1.CronJob.class},
            new Object[] {"coordination.k8s.io/v1", "Lease", io.fabric8.kubernetes.api.model.coordination.v1.Lease.class},
            new Object[] {"networking.k8s.io/v1", "Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class},
            new Object[] {"rbac.authorization.k8s.io/v1", "ClusterRole",
                    io.fabric8.kubernetes.api.model.rbac.ClusterRole.class},
            new Object[] {"admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration",
                    io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration.class},
            new Object[] {"admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy",
                    io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicy.class},
            new Object[] {"apiextensions.k8s.io/v1", "CustomResourceDefinition",
                    io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition.class});

    @Test
    void theStrictReaderRejectsANameTheApiDoesNotHave() {
        ObjectNode pod = kinds.filled("v1", "Pod");
        ((ObjectNode) pod.get("spec")).put("volumeSource", "x");

        assertThatThrownBy(() -> STRICT.treeToValue(pod, Pod.class)).hasMessageContaining("volumeSource");
    }

    @Test
    void fabric8ReadsEveryFieldOfFullyFilledObjects() {
        List<String> unknown = new ArrayList<>();
        for (Object[] kind : KINDS) {
            try {
                STRICT.treeToValue(kinds.filled((String) kind[0], (String) kind[1]), (Class<?>) kind[2]);
            } catch (Exception e) {
                unknown.add(kind[1] + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }

        assertThat(unknown).isEmpty();
    }
}
