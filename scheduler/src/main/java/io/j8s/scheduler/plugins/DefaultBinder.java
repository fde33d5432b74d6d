package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.BindingBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.scheduler.framework.BindPlugin;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FrameworkHandle;
import io.j8s.scheduler.framework.Status;
import java.util.Set;

/** Binds by POSTing a core/v1 Binding to the pod's binding subresource. */
public final class DefaultBinder implements BindPlugin {

    public static final String NAME = "DefaultBinder";
    private final FrameworkHandle handle;

    public DefaultBinder(FrameworkHandle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<io.j8s.scheduler.framework.ClusterEvent> eventsToRegister() {
        return Set.of();
    }

    @Override
    public Status bind(CycleState state, Pod pod, String nodeName) {
        var binding = new BindingBuilder()
                .withNewMetadata().withName(pod.getMetadata().getName())
                .withNamespace(pod.getMetadata().getNamespace()).withUid(pod.getMetadata().getUid()).endMetadata()
                .withNewTarget().withKind("Node").withApiVersion("v1").withName(nodeName).endTarget()
                .build();
        try {
            handle.client().bindings().inNamespace(pod.getMetadata().getNamespace()).resource(binding).create();
            return Status.success();
        } catch (KubernetesClientException e) {
            return Status.error(e.getStatus() != null && e.getStatus().getMessage() != null
                    ? e.getStatus().getMessage() : e.getMessage());
        }
    }
}
