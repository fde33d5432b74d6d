package io.j8s.controllers.job;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.j8s.controllers.base.OwnerReferences;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** How Job pods are built and read: labels, tracking finalizer, completion index. */
final class JobPods {

    static final String TRACKING_FINALIZER = "batch.kubernetes.io/job-tracking";
    static final String INDEX_ANNOTATION = "batch.kubernetes.io/job-completion-index";
    static final String INDEX_LABEL = "batch.kubernetes.io/job-completion-index";
    static final String JOB_NAME_LABEL = "batch.kubernetes.io/job-name";
    static final String CONTROLLER_UID_LABEL = "batch.kubernetes.io/controller-uid";
    static final String INDEX_ENV = "JOB_COMPLETION_INDEX";

    private JobPods() {
    }

    static boolean indexed(Job job) {
        return "Indexed".equals(job.getSpec().getCompletionMode());
    }

    /** A new pod from the Job's template; {@code index} is set in Indexed mode. */
    static Pod newPod(Job job, OptionalInt index) {
        String name = job.getMetadata().getName();
        PodBuilder b = new PodBuilder().withNewMetadataLike(job.getSpec().getTemplate().getMetadata() == null
                        ? new io.fabric8.kubernetes.api.model.ObjectMeta() : job.getSpec().getTemplate().getMetadata())
                .withName(null).withGenerateName(name + "-" + (index.isPresent() ? index.getAsInt() + "-" : ""))
                .withNamespace(job.getMetadata().getNamespace())
                .addToLabels(Map.of(JOB_NAME_LABEL, name, "job-name", name,
                        CONTROLLER_UID_LABEL, job.getMetadata().getUid(), "controller-uid", job.getMetadata().getUid()))
                .withOwnerReferences(OwnerReferences.newControllerRef(job))
                .addToFinalizers(TRACKING_FINALIZER).endMetadata()
                .withSpec(job.getSpec().getTemplate().getSpec());
        if (index.isPresent()) {
            String i = Integer.toString(index.getAsInt());
            b.editMetadata().addToAnnotations(INDEX_ANNOTATION, i).addToLabels(INDEX_LABEL, i).endMetadata();
            Pod pod = b.build();
            if (pod.getSpec().getHostname() == null || pod.getSpec().getHostname().isEmpty()) {
                pod.getSpec().setHostname(name + "-" + i);
            }
            pod.getSpec().setContainers(withIndexEnv(pod.getSpec().getContainers()));
            if (pod.getSpec().getInitContainers() != null) {
                pod.getSpec().setInitContainers(withIndexEnv(pod.getSpec().getInitContainers()));
            }
            return pod;
        }
        return b.build();
    }

    private static List<Container> withIndexEnv(List<Container> containers) {
        return containers.stream().map(c -> new ContainerBuilder(c).addToEnv(new EnvVarBuilder().withName(INDEX_ENV)
                .withNewValueFrom().withNewFieldRef().withFieldPath("metadata.annotations['" + INDEX_ANNOTATION + "']")
                .endFieldRef().endValueFrom().build()).build()).toList();
    }

    /** The pod's completion index, empty when absent or malformed. */
    static OptionalInt index(Pod pod) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations();
        String value = annotations == null ? null : annotations.get(INDEX_ANNOTATION);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static boolean succeeded(Pod pod) {
        return pod.getStatus() != null && "Succeeded".equals(pod.getStatus().getPhase());
    }

    /** Failed, or being deleted before finishing (Kubernetes counts such pods as failed). */
    static boolean failed(Pod pod) {
        if (pod.getStatus() != null && "Failed".equals(pod.getStatus().getPhase())) {
            return true;
        }
        return pod.getMetadata().getDeletionTimestamp() != null && !succeeded(pod);
    }

    static boolean finished(Pod pod) {
        return succeeded(pod) || failed(pod);
    }

    static boolean tracked(Pod pod) {
        return pod.getMetadata().getFinalizers() != null && pod.getMetadata().getFinalizers().contains(TRACKING_FINALIZER);
    }

    static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions()
                .stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
