package io.j8s.controllers.serviceaccount;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import java.util.List;

/**
 * Ensures the ServiceAccounts named in {@link #SERVICE_ACCOUNTS} exist in every namespace that is not terminating;
 * recreates them when deleted. Keys are namespace names.
 */
public final class ServiceAccountsController implements Controller {

    /** The accounts every namespace gets (Kubernetes' default is just {@code default}). */
    public static final List<String> SERVICE_ACCOUNTS = List.of("default");

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Namespace> namespaces;
    private final Lister<ServiceAccount> accounts;

    public ServiceAccountsController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("serviceaccount");
        ctx.informers().informer(Namespace.class).addEventHandler(KeyHandlers.on(ns -> queue.add(ns.getMetadata().getName())));
        ctx.informers().informer(ServiceAccount.class).addEventHandler(KeyHandlers.on(sa -> {
            if (SERVICE_ACCOUNTS.contains(sa.getMetadata().getName())) {
                queue.add(sa.getMetadata().getNamespace());
            }
        }));
        this.namespaces = ctx.informers().lister(Namespace.class);
        this.accounts = ctx.informers().lister(ServiceAccount.class);
    }

    @Override
    public String name() {
        return "serviceaccount";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Namespace ns = namespaces.get(key).orElse(null);
        if (ns == null || !needsAccounts(ns)) {
            return;
        }
        for (String name : SERVICE_ACCOUNTS) {
            if (accounts.get(key, name).isPresent()) {
                continue;
            }
            try {
                ctx.client().serviceAccounts().inNamespace(key).resource(new ServiceAccountBuilder()
                        .withNewMetadata().withName(name).withNamespace(key).endMetadata().build()).create();
            } catch (KubernetesClientException e) {
                // 409: it exists already (our cache is behind); 403/404 and a terminating namespace: nothing to do.
                if (e.getCode() != 409 && !isTerminatingRejection(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether {@code ns} should hold the default accounts: it exists and is not being deleted. */
    static boolean needsAccounts(Namespace ns) {
        return ns.getMetadata().getDeletionTimestamp() == null
                && (ns.getStatus() == null || !"Terminating".equals(ns.getStatus().getPhase()));
    }

    private static boolean isTerminatingRejection(KubernetesClientException e) {
        return e.getCode() == 403 || e.getCode() == 404;
    }
}
