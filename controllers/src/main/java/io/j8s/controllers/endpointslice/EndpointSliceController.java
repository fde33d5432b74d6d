package io.j8s.controllers.endpointslice;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointPort;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import io.j8s.controllers.endpoint.ServiceKeysForPods;
import io.j8s.controllers.endpoint.ServicePods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconciles the EndpointSlices this controller manages for each Service: existing slices are reused (updated only
 * when their content differs), missing ones created with {@code generateName: <service>-}, surplus ones deleted.
 * Slices are owned by their Service, so the garbage collector removes them with it. Keys are Service keys.
 */
public final class EndpointSliceController implements Controller {

    public static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";
    public static final String MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";
    public static final String MANAGED_BY = "endpointslice-controller.k8s.io";

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Service> services;
    private final Lister<Pod> pods;
    private final Lister<EndpointSlice> slices;

    public EndpointSliceController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("endpointslice");
        this.services = ctx.informers().lister(Service.class);
        this.pods = ctx.informers().lister(Pod.class);
        this.slices = ctx.informers().lister(EndpointSlice.class);
        ctx.informers().informer(Service.class).addEventHandler(KeyHandlers.enqueue(queue));
        ctx.informers().informer(Pod.class).addEventHandler(new ServiceKeysForPods(services, queue));
        ctx.informers().informer(EndpointSlice.class).addEventHandler(KeyHandlers.on(slice -> {
            Map<String, String> labels = slice.getMetadata().getLabels();
            if (labels != null && MANAGED_BY.equals(labels.get(MANAGED_BY_LABEL)) && labels.get(SERVICE_NAME_LABEL) != null) {
                queue.add(Keys.of(slice.getMetadata().getNamespace(), labels.get(SERVICE_NAME_LABEL)));
            }
        }));
    }

    @Override
    public String name() {
        return "endpointslice";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Keys k = Keys.parse(key);
        Service svc = services.get(key).orElse(null);
        List<EndpointSlice> existing = new ArrayList<>(slices.list(k.namespace()).stream()
                .filter(s -> s.getMetadata().getLabels() != null
                        && MANAGED_BY.equals(s.getMetadata().getLabels().get(MANAGED_BY_LABEL))
                        && k.name().equals(s.getMetadata().getLabels().get(SERVICE_NAME_LABEL))).toList());
        if (svc == null || !ServicePods.hasSelector(svc) || svc.getMetadata().getDeletionTimestamp() != null) {
            existing.forEach(this::delete);
            return;
        }
        Map<String, String> labels = labels(svc);
        OwnerReference owner = new OwnerReferenceBuilder().withApiVersion("v1").withKind("Service")
                .withName(svc.getMetadata().getName()).withUid(svc.getMetadata().getUid()).withController(true)
                .withBlockOwnerDeletion(true).build();
        var desired = DesiredSlices.compute(svc, pods.list(k.namespace()));
        if (desired.isEmpty()) {
            // A service without endpoints keeps one empty placeholder slice, as Kubernetes does.
            desired = Map.of(List.of(), List.of(List.of()));
        }
        List<EndpointSlice> unused = new ArrayList<>(existing);
        for (var group : desired.entrySet()) {
            for (List<Endpoint> chunk : group.getValue()) {
                apply(svc, labels, owner, group.getKey(), chunk, unused);
            }
        }
        unused.forEach(this::delete);
    }

    /** Writes one desired slice, reusing an unused existing slice (preferring one with the same ports). */
    private void apply(Service svc, Map<String, String> labels, OwnerReference owner, List<EndpointPort> ports,
            List<Endpoint> endpoints, List<EndpointSlice> unused) {
        EndpointSlice reuse = unused.stream().filter(s -> ports.equals(s.getPorts())).findFirst()
                .orElse(unused.isEmpty() ? null : unused.get(0));
        String ns = svc.getMetadata().getNamespace();
        if (reuse == null) {
            ctx.client().discovery().v1().endpointSlices().inNamespace(ns).resource(new EndpointSliceBuilder()
                    .withNewMetadata().withGenerateName(svc.getMetadata().getName() + "-").withNamespace(ns)
                    .withLabels(labels).withOwnerReferences(owner).endMetadata().withAddressType("IPv4")
                    .withPorts(ports).withEndpoints(endpoints).build()).create();
            return;
        }
        unused.remove(reuse);
        if (ports.equals(reuse.getPorts()) && endpoints.equals(reuse.getEndpoints())
                && labels.equals(reuse.getMetadata().getLabels())) {
            return;
        }
        ctx.client().discovery().v1().endpointSlices().inNamespace(ns).resource(new EndpointSliceBuilder(reuse)
                .editMetadata().withLabels(labels).withOwnerReferences(owner).endMetadata()
                .withPorts(ports).withEndpoints(endpoints).build()).update();
    }

    static Map<String, String> labels(Service svc) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (svc.getMetadata().getLabels() != null) {
            labels.putAll(svc.getMetadata().getLabels());
        }
        labels.put(SERVICE_NAME_LABEL, svc.getMetadata().getName());
        labels.put(MANAGED_BY_LABEL, MANAGED_BY);
        if (ServicePods.headless(svc)) {
            labels.put("service.kubernetes.io/headless", "");
        }
        return labels;
    }

    private void delete(EndpointSlice slice) {
        try {
            ctx.client().discovery().v1().endpointSlices().inNamespace(slice.getMetadata().getNamespace())
                    .withName(slice.getMetadata().getName()).delete();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }
}
