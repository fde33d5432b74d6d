package io.j8s.controllers.resourcequota;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.apimachinery.quantity.Quantity;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Syncs one ResourceQuota per key ({@code namespace/name}): copies spec.hard to status.hard and recomputes
 * status.used from the informers' caches whenever the quota or a counted object in its namespace changes.
 */
public final class ResourceQuotaController implements Controller {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<ResourceQuota> quotas;
    private final Map<String, Lister<? extends HasMetadata>> counted = new LinkedHashMap<>();

    public ResourceQuotaController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("resourcequota");
        this.quotas = ctx.informers().lister(ResourceQuota.class);
        ctx.informers().informer(ResourceQuota.class).addEventHandler(KeyHandlers.enqueue(queue));
        count("count/pods", Pod.class);
        count("count/services", Service.class);
        count("count/configmaps", ConfigMap.class);
        count("count/secrets", Secret.class);
        count("count/persistentvolumeclaims", PersistentVolumeClaim.class);
        count("count/replicationcontrollers", ReplicationController.class);
        count("count/resourcequotas", ResourceQuota.class);
        count("count/deployments.apps", Deployment.class);
        count("count/replicasets.apps", ReplicaSet.class);
        count("count/statefulsets.apps", StatefulSet.class);
        count("count/daemonsets.apps", DaemonSet.class);
        count("count/jobs.batch", Job.class);
        count("count/cronjobs.batch", CronJob.class);
    }

    private <T extends HasMetadata> void count(String name, Class<T> type) {
        counted.put(name, ctx.informers().lister(type));
        ctx.informers().informer(type).addEventHandler(KeyHandlers.on(obj -> {
            String ns = obj.getMetadata().getNamespace();
            if (ns != null) {
                quotas.list(ns).forEach(q -> queue.add(Keys.of(q)));
            }
        }));
    }

    @Override
    public String name() {
        return "resourcequota";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Optional<ResourceQuota> cached = quotas.get(key);
        if (cached.isEmpty()) {
            return;
        }
        ResourceQuota quota = cached.get();
        String ns = quota.getMetadata().getNamespace();
        Map<String, io.fabric8.kubernetes.api.model.Quantity> hard = quota.getSpec() == null
                || quota.getSpec().getHard() == null ? Map.of() : quota.getSpec().getHard();
        Map<String, List<? extends HasMetadata>> objects = new LinkedHashMap<>();
        counted.forEach((name, lister) -> objects.put(name, lister.list(ns)));
        Map<String, Quantity> used = new NamespaceUsage(objects).used(hard.keySet());

        Map<String, io.fabric8.kubernetes.api.model.Quantity> statusHard = new TreeMap<>(hard);
        Map<String, io.fabric8.kubernetes.api.model.Quantity> statusUsed = new TreeMap<>();
        used.forEach((name, q) -> statusUsed.put(name, q.toModel()));
        if (quota.getStatus() != null && same(quota.getStatus().getHard(), statusHard)
                && same(quota.getStatus().getUsed(), statusUsed)) {
            return;
        }
        ResourceQuota updated = new ResourceQuotaBuilder(quota).withNewStatus().withHard(statusHard)
                .withUsed(statusUsed).endStatus().build();
        try {
            ctx.client().resourceQuotas().inNamespace(ns).resource(updated).updateStatus();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e; // a conflict retries with the informer's newer copy
            }
        }
    }

    private static boolean same(Map<String, io.fabric8.kubernetes.api.model.Quantity> a,
            Map<String, io.fabric8.kubernetes.api.model.Quantity> b) {
        if (a == null) {
            return b.isEmpty();
        }
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> Quantity.of(e.getValue()).equals(Quantity.of(b.get(e.getKey())))
                && Quantity.of(e.getValue()).toString().equals(Quantity.of(b.get(e.getKey())).toString()));
    }
}
