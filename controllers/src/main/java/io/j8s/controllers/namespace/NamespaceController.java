package io.j8s.controllers.namespace;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes the content of namespaces being deleted: every namespaced resource is deleted, and once none remain the
 * {@code kubernetes} finalizer is removed through {@code PUT /api/v1/namespaces/{name}/finalize}, letting the API
 * server remove the namespace. Keys are namespace names.
 */
public final class NamespaceController implements Controller {

    /** The finalizer this controller owns in {@code spec.finalizers}. */
    public static final String FINALIZER = "kubernetes";

    /** How long to wait before checking again on content that is still going away (graceful pods, finalizers). */
    static final Duration RECHECK = Duration.ofSeconds(2);

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Namespace> namespaces;
    private final NamespacedResources discovery;

    public NamespaceController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("namespace");
        ctx.informers().informer(Namespace.class).addEventHandler(KeyHandlers.on(ns -> queue.add(ns.getMetadata().getName())));
        this.namespaces = ctx.informers().lister(Namespace.class);
        this.discovery = new NamespacedResources(ctx.client());
    }

    @Override
    public String name() {
        return "namespace";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Namespace ns = namespaces.get(key).orElse(null);
        if (ns == null || !awaitsContentDeletion(ns)) {
            return;
        }
        List<String> remaining = deleteContent(key);
        if (!remaining.isEmpty()) {
            queue.addAfter(key, RECHECK);
            return;
        }
        finalizeNamespace(ns);
    }

    /** Whether {@code ns} is being deleted and still carries our finalizer. */
    static boolean awaitsContentDeletion(Namespace ns) {
        return ns.getMetadata().getDeletionTimestamp() != null && ns.getSpec() != null
                && ns.getSpec().getFinalizers() != null && ns.getSpec().getFinalizers().contains(FINALIZER);
    }

    /** {@code ns} with our finalizer removed from {@code spec.finalizers}: the body of the finalize request. */
    static Namespace withoutFinalizer(Namespace ns) {
        List<String> rest = new ArrayList<>(ns.getSpec().getFinalizers());
        rest.remove(FINALIZER);
        return new NamespaceBuilder(ns).editSpec().withFinalizers(rest).endSpec().build();
    }

    /** Deletes every namespaced object in {@code namespace}; returns the resources still holding objects. */
    private List<String> deleteContent(String namespace) {
        List<String> remaining = new ArrayList<>();
        for (ResourceDefinitionContext rdc : discovery.discover()) {
            var resources = ctx.client().genericKubernetesResources(rdc).inNamespace(namespace);
            try {
                if (resources.list().getItems().isEmpty()) {
                    continue;
                }
                resources.delete();
                if (!resources.list().getItems().isEmpty()) {
                    remaining.add(rdc.getPlural() + (rdc.getGroup().isEmpty() ? "" : "." + rdc.getGroup()));
                }
            } catch (KubernetesClientException e) {
                // 404/405: the resource stopped being served or cannot be listed here; nothing to delete.
                if (e.getCode() != 404 && e.getCode() != 405) {
                    throw e;
                }
            }
        }
        return remaining;
    }

    private void finalizeNamespace(Namespace ns) {
        String name = ns.getMetadata().getName();
        try {
            ctx.client().raw("/api/v1/namespaces/" + name + "/finalize", "PUT", withoutFinalizer(ns));
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }
}
