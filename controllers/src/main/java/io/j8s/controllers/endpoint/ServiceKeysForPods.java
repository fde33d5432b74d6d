package io.j8s.controllers.endpoint;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;

/** A pod event handler that enqueues the key of every Service selecting the pod, before and after the change. */
public record ServiceKeysForPods(Lister<Service> services, WorkQueue queue) implements ResourceEventHandler<Pod> {

    private void enqueue(Pod pod) {
        for (Service svc : services.list(pod.getMetadata().getNamespace())) {
            if (ServicePods.selects(svc, pod)) {
                queue.add(Keys.of(svc));
            }
        }
    }

    @Override
    public void onAdd(Pod pod) {
        enqueue(pod);
    }

    @Override
    public void onUpdate(Pod oldPod, Pod newPod) {
        enqueue(oldPod);
        enqueue(newPod);
    }

    @Override
    public void onDelete(Pod pod, boolean deletedFinalStateUnknown) {
        enqueue(pod);
    }
}
