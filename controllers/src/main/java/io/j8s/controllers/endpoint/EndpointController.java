package io.j8s.controllers.endpoint;

import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code Endpoints/<service>} in step with the pods each selector-bearing Service selects; deletes it when the
 * Service goes. Leaves {@code default/kubernetes} to the API server. Keys are Service keys.
 */
public final class EndpointController implements Controller {

    static final String HEADLESS_LABEL = "service.kubernetes.io/headless";

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Service> services;
    private final Lister<Pod> pods;
    private final Lister<Endpoints> endpoints;

    public EndpointController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("endpoint");
        this.services = ctx.informers().lister(Service.class);
        this.pods = ctx.informers().lister(Pod.class);
        this.endpoints = ctx.informers().lister(Endpoints.class);
        ctx.informers().informer(Service.class).addEventHandler(KeyHandlers.enqueue(queue));
        ctx.informers().informer(Pod.class).addEventHandler(new ServiceKeysForPods(services, queue));
        ctx.informers().informer(Endpoints.class).addEventHandler(KeyHandlers.enqueue(queue));
    }

    @Override
    public String name() {
        return "endpoint";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        if (key.equals("default/kubernetes")) {
            return;
        }
        Keys k = Keys.parse(key);
        Service svc = services.get(key).orElse(null);
        Endpoints current = endpoints.get(key).orElse(null);
        if (svc == null) {
            if (current != null) {
                delete(k);
            }
            return;
        }
        if (!ServicePods.hasSelector(svc)) {
            return; // endpoints of selector-less services are the user's
        }
        List<EndpointSubset> subsets = EndpointSubsets.compute(svc, pods.list(k.namespace()));
        Map<String, String> labels = labels(svc);
        if (current != null && current.getSubsets().equals(subsets) && labels.equals(current.getMetadata().getLabels())) {
            return;
        }
        if (current == null) {
            ctx.client().endpoints().inNamespace(k.namespace()).resource(new EndpointsBuilder().withNewMetadata()
                    .withName(k.name()).withNamespace(k.namespace()).withLabels(labels).endMetadata()
                    .withSubsets(subsets).build()).create();
        } else {
            ctx.client().endpoints().inNamespace(k.namespace()).resource(new EndpointsBuilder(current).editMetadata()
                    .withLabels(labels).endMetadata().withSubsets(subsets).build()).update();
        }
    }

    /** The Service's labels, plus the headless marker for headless services. */
    static Map<String, String> labels(Service svc) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (svc.getMetadata().getLabels() != null) {
            labels.putAll(svc.getMetadata().getLabels());
        }
        if (ServicePods.headless(svc)) {
            labels.put(HEADLESS_LABEL, "");
        }
        return labels;
    }

    private void delete(Keys k) {
        try {
            ctx.client().endpoints().inNamespace(k.namespace()).withName(k.name()).delete();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }
}
