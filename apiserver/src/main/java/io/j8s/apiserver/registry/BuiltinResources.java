package io.j8s.apiserver.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The catalog of built-in resources j8s serves, in discovery order. Adding a resource is one line
 * here plus its strategy (in {@code registry/<group>/<resource>}) and, if kubectl prints more than
 * NAME and AGE for it, its table columns.
 */
public final class BuiltinResources {

    private BuiltinResources() {}

    private static final List<String> CREATE_ONLY = List.of("create");

    /** Every built-in resource at every version served. */
    public static List<ResourceDefinition> all() {
        List<ResourceDefinition> r = new ArrayList<>();
        // core/v1
        r.add(ns("", "v1", "namespaces", "Namespace", false, io.fabric8.kubernetes.api.model.Namespace.class, names("ns"), none(), subs("status", "finalize")));
        r.add(ns("", "v1", "pods", "Pod", true, io.fabric8.kubernetes.api.model.Pod.class, names("po"), names("all"),
                subs("status", "binding", "eviction", "log", "exec", "attach", "portforward", "proxy", "ephemeralcontainers")));
        r.add(def("", "v1", "bindings", "Binding", true, io.fabric8.kubernetes.api.model.Binding.class, none(), none(), subs(), CREATE_ONLY));
        r.add(ns("", "v1", "nodes", "Node", false, io.fabric8.kubernetes.api.model.Node.class, names("no"), none(), subs("status", "proxy")));
        r.add(ns("", "v1", "services", "Service", true, io.fabric8.kubernetes.api.model.Service.class, names("svc"), names("all"), subs("status", "proxy")));
        r.add(ns("", "v1", "endpoints", "Endpoints", true, io.fabric8.kubernetes.api.model.Endpoints.class, names("ep"), none(), subs()));
        r.add(ns("", "v1", "configmaps", "ConfigMap", true, io.fabric8.kubernetes.api.model.ConfigMap.class, names("cm"), none(), subs()));
        r.add(ns("", "v1", "secrets", "Secret", true, io.fabric8.kubernetes.api.model.Secret.class, none(), none(), subs()));
        r.add(ns("", "v1", "serviceaccounts", "ServiceAccount", true, io.fabric8.kubernetes.api.model.ServiceAccount.class, names("sa"), none(), subs("token")));
        r.add(ns("", "v1", "events", "Event", true, io.fabric8.kubernetes.api.model.Event.class, names("ev"), none(), subs()));
        r.add(ns("", "v1", "replicationcontrollers", "ReplicationController", true, io.fabric8.kubernetes.api.model.ReplicationController.class, names("rc"), names("all"), subs("status", "scale")));
        r.add(ns("", "v1", "resourcequotas", "ResourceQuota", true, io.fabric8.kubernetes.api.model.ResourceQuota.class, names("quota"), none(), subs("status")));
        r.add(ns("", "v1", "limitranges", "LimitRange", true, io.fabric8.kubernetes.api.model.LimitRange.class, names("limits"), none(), subs()));
        r.add(ns("", "v1", "persistentvolumes", "PersistentVolume", false, io.fabric8.kubernetes.api.model.PersistentVolume.class, names("pv"), none(), subs("status")));
        r.add(ns("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", true, io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class, names("pvc"), none(), subs("status")));
        r.add(ns("", "v1", "podtemplates", "PodTemplate", true, io.fabric8.kubernetes.api.model.PodTemplate.class, none(), none(), subs()));
        // apps/v1
        r.add(ns("apps", "v1", "deployments", "Deployment", true, io.fabric8.kubernetes.api.model.apps.Deployment.class, names("deploy"), names("all"), subs("status", "scale")));
        r.add(ns("apps", "v1", "replicasets", "ReplicaSet", true, io.fabric8.kubernetes.api.model.apps.ReplicaSet.class, names("rs"), names("all"), subs("status", "scale")));
        r.add(ns("apps", "v1", "statefulsets", "StatefulSet", true, io.fabric8.kubernetes.api.model.apps.StatefulSet.class, names("sts"), names("all"), subs("status", "scale")));
        r.add(ns("apps", "v1", "daemonsets", "DaemonSet", true, io.fabric8.kubernetes.api.model.apps.DaemonSet.class, names("ds"), names("all"), subs("status")));
        r.add(ns("apps", "v1", "controllerrevisions", "ControllerRevision", true, io.fabric8.kubernetes.api.model.apps.ControllerRevision.class, none(), none(), subs()));
        // batch/v1
        r.add(ns("batch", "v1", "jobs", "Job", true, io.fabric8.kubernetes.api.model.batch.v1.Job.class, none(), names("all"), subs("status")));
        r.add(ns("batch", "v1", "cronjobs", "CronJob", true, io.fabric8.kubernetes.api.model.batch.v1.CronJob.class, names("cj"), names("all"), subs("status")));
        // autoscaling: v2 is the storage version, v1 is converted
        r.add(ns("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true, io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class, names("hpa"), names("all"), subs("status")));
        r.add(stored("autoscaling", "v1", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true, io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler.class, names("hpa"), names("all"), subs("status"), "v2"));
        // coordination, discovery, events, scheduling, policy
        r.add(ns("coordination.k8s.io", "v1", "leases", "Lease", true, io.fabric8.kubernetes.api.model.coordination.v1.Lease.class, none(), none(), subs()));
        r.add(ns("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true, io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice.class, none(), none(), subs()));
        r.add(ns("events.k8s.io", "v1", "events", "Event", true, io.fabric8.kubernetes.api.model.events.v1.Event.class, names("ev"), none(), subs()));
        r.add(ns("scheduling.k8s.io", "v1", "priorityclasses", "PriorityClass", false, io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass.class, names("pc"), none(), subs()));
        r.add(ns("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true, io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class, names("pdb"), none(), subs("status")));
        // networking
        r.add(ns("networking.k8s.io", "v1", "ingresses", "Ingress", true, io.fabric8.kubernetes.api.model.networking.v1.Ingress.class, names("ing"), none(), subs("status")));
        r.add(ns("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true, io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class, names("netpol"), none(), subs()));
        r.add(ns("networking.k8s.io", "v1", "ingressclasses", "IngressClass", false, io.fabric8.kubernetes.api.model.networking.v1.IngressClass.class, none(), none(), subs()));
        // rbac (stored now, enforced with the security work)
        r.add(ns("rbac.authorization.k8s.io", "v1", "roles", "Role", true, io.fabric8.kubernetes.api.model.rbac.Role.class, none(), none(), subs()));
        r.add(ns("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", true, io.fabric8.kubernetes.api.model.rbac.RoleBinding.class, none(), none(), subs()));
        r.add(ns("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false, io.fabric8.kubernetes.api.model.rbac.ClusterRole.class, none(), none(), subs()));
        r.add(ns("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", false, io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding.class, none(), none(), subs()));
        // storage
        r.add(ns("storage.k8s.io", "v1", "storageclasses", "StorageClass", false, io.fabric8.kubernetes.api.model.storage.StorageClass.class, names("sc"), none(), subs()));
        // reviews: created, answered, never stored
        r.add(def("authorization.k8s.io", "v1", "selfsubjectaccessreviews", "SelfSubjectAccessReview", false, io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview.class, none(), none(), subs(), CREATE_ONLY));
        r.add(def("authorization.k8s.io", "v1", "subjectaccessreviews", "SubjectAccessReview", false, io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview.class, none(), none(), subs(), CREATE_ONLY));
        r.add(def("authentication.k8s.io", "v1", "selfsubjectreviews", "SelfSubjectReview", false, io.fabric8.kubernetes.api.model.authentication.SelfSubjectReview.class, none(), none(), subs(), CREATE_ONLY));
        return List.copyOf(r);
    }

    private static ResourceDefinition ns(String group, String version, String resource, String kind, boolean namespaced,
                                         Class<?> model, List<String> shortNames, List<String> categories, Set<String> subresources) {
        return def(group, version, resource, kind, namespaced, model, shortNames, categories, subresources, ResourceDefinition.VERBS);
    }

    private static ResourceDefinition stored(String group, String version, String resource, String kind, boolean namespaced,
                                             Class<?> model, List<String> shortNames, List<String> categories,
                                             Set<String> subresources, String storageVersion) {
        return new ResourceDefinition(group, version, resource, kind, kind.toLowerCase(java.util.Locale.ROOT), namespaced,
                shortNames, categories, subresources, storageVersion, model, ResourceDefinition.VERBS);
    }

    private static ResourceDefinition def(String group, String version, String resource, String kind, boolean namespaced,
                                          Class<?> model, List<String> shortNames, List<String> categories,
                                          Set<String> subresources, List<String> verbs) {
        return new ResourceDefinition(group, version, resource, kind, kind.toLowerCase(java.util.Locale.ROOT), namespaced,
                shortNames, categories, subresources, version, model, verbs);
    }

    private static List<String> names(String... names) {
        return List.of(names);
    }

    private static List<String> none() {
        return List.of();
    }

    private static Set<String> subs(String... names) {
        return Set.copyOf(Arrays.asList(names));
    }
}
