package io.j8s.apiserver.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException.GroupResource;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import io.j8s.apiserver.registry.core.configmap.ConfigMapStrategy;
import io.j8s.apiserver.registry.core.endpoints.EndpointsStrategy;
import io.j8s.apiserver.registry.core.event.EventStrategy;
import io.j8s.apiserver.registry.core.limitrange.LimitRangeStrategy;
import io.j8s.apiserver.registry.core.namespace.NamespaceStrategy;
import io.j8s.apiserver.registry.core.node.NodeStrategy;
import io.j8s.apiserver.registry.core.persistentvolume.PersistentVolumeStrategy;
import io.j8s.apiserver.registry.core.persistentvolumeclaim.PersistentVolumeClaimStrategy;
import io.j8s.apiserver.registry.core.pod.PodStrategy;
import io.j8s.apiserver.registry.core.podtemplate.PodTemplateStrategy;
import io.j8s.apiserver.registry.core.replicationcontroller.ReplicationControllerStrategy;
import io.j8s.apiserver.registry.core.resourcequota.ResourceQuotaStrategy;
import io.j8s.apiserver.registry.core.secret.SecretStrategy;
import io.j8s.apiserver.registry.core.service.ServiceStrategy;
import io.j8s.apiserver.registry.core.serviceaccount.ServiceAccountStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy of each built-in resource. A resource's own strategy (in
 * {@code registry/<group>/<resource>}) handles its spec and status only: {@link #forResource}
 * wraps it with what every object gets, metadata validation by the resource's name rule and
 * unknown-field detection against the resource's model class. Resources without their own
 * strategy get just that.
 */
public final class Strategies {

    private Strategies() {}

    /** A resource's own strategy and the rule its object names follow. */
    public record Registration(NameValidator names, Strategy strategy) {}

    private static final Registration DEFAULT = new Registration(NameValidator.DNS1123_SUBDOMAIN, new Strategy() {});

    private static final Map<GroupResource, Registration> REGISTERED = registrations();

    private static Map<GroupResource, Registration> registrations() {
        Map<GroupResource, Registration> m = new HashMap<>();
        coreGroup(m);
        otherGroups(m);
        return Map.copyOf(m);
    }

    /** core/v1, as Kubernetes' {@code pkg/registry/core}. */
    private static void coreGroup(Map<GroupResource, Registration> m) {
        add(m, "", "pods", NameValidator.DNS1123_SUBDOMAIN, new PodStrategy());
        add(m, "", "services", NameValidator.DNS1035_LABEL, new ServiceStrategy());
        add(m, "", "namespaces", NameValidator.DNS1123_LABEL, new NamespaceStrategy());
        add(m, "", "nodes", NameValidator.DNS1123_SUBDOMAIN, new NodeStrategy());
        add(m, "", "configmaps", NameValidator.DNS1123_SUBDOMAIN, new ConfigMapStrategy());
        add(m, "", "secrets", NameValidator.DNS1123_SUBDOMAIN, new SecretStrategy());
        add(m, "", "serviceaccounts", NameValidator.DNS1123_SUBDOMAIN, new ServiceAccountStrategy());
        add(m, "", "events", NameValidator.DNS1123_SUBDOMAIN, new EventStrategy());
        add(m, "", "endpoints", NameValidator.DNS1123_SUBDOMAIN, new EndpointsStrategy());
        add(m, "", "replicationcontrollers", NameValidator.DNS1123_SUBDOMAIN, new ReplicationControllerStrategy());
        add(m, "", "resourcequotas", NameValidator.DNS1123_SUBDOMAIN, new ResourceQuotaStrategy());
        add(m, "", "limitranges", NameValidator.DNS1123_SUBDOMAIN, new LimitRangeStrategy());
        add(m, "", "persistentvolumes", NameValidator.DNS1123_SUBDOMAIN, new PersistentVolumeStrategy());
        add(m, "", "persistentvolumeclaims", NameValidator.DNS1123_SUBDOMAIN, new PersistentVolumeClaimStrategy());
        add(m, "", "podtemplates", NameValidator.DNS1123_SUBDOMAIN, new PodTemplateStrategy());
    }

    /**
     * apps, batch, autoscaling, networking, policy, rbac and the other groups: one line per
     * resource, {@code add(m, "apps", "deployments", NameValidator.DNS1123_SUBDOMAIN, new DeploymentStrategy());}.
     * Owned by the apps/batch helper.
     */
    private static void otherGroups(Map<GroupResource, Registration> m) {
        NameValidator subdomain = NameValidator.DNS1123_SUBDOMAIN;
        add(m, "apps", "deployments", subdomain, new io.j8s.apiserver.registry.apps.deployment.DeploymentStrategy());
        add(m, "apps", "replicasets", subdomain, new io.j8s.apiserver.registry.apps.replicaset.ReplicaSetStrategy());
        add(m, "apps", "statefulsets", subdomain, new io.j8s.apiserver.registry.apps.statefulset.StatefulSetStrategy());
        add(m, "apps", "daemonsets", subdomain, new io.j8s.apiserver.registry.apps.daemonset.DaemonSetStrategy());
        add(m, "apps", "controllerrevisions", subdomain, new io.j8s.apiserver.registry.apps.controllerrevision.ControllerRevisionStrategy());
        add(m, "batch", "jobs", subdomain, new io.j8s.apiserver.registry.batch.job.JobStrategy());
        add(m, "batch", "cronjobs", subdomain, new io.j8s.apiserver.registry.batch.cronjob.CronJobStrategy());
        add(m, "autoscaling", "horizontalpodautoscalers", subdomain,
                new io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler.HorizontalPodAutoscalerStrategy());
        add(m, "coordination.k8s.io", "leases", subdomain, new io.j8s.apiserver.registry.coordination.lease.LeaseStrategy());
        add(m, "discovery.k8s.io", "endpointslices", subdomain, new io.j8s.apiserver.registry.discovery.endpointslice.EndpointSliceStrategy());
        add(m, "events.k8s.io", "events", subdomain, new io.j8s.apiserver.registry.events.event.EventStrategy());
        add(m, "scheduling.k8s.io", "priorityclasses", subdomain, new io.j8s.apiserver.registry.scheduling.priorityclass.PriorityClassStrategy());
        add(m, "policy", "poddisruptionbudgets", subdomain, new io.j8s.apiserver.registry.policy.poddisruptionbudget.PodDisruptionBudgetStrategy());
        add(m, "networking.k8s.io", "ingresses", subdomain, new io.j8s.apiserver.registry.networking.ingress.IngressStrategy());
        add(m, "networking.k8s.io", "networkpolicies", subdomain, new io.j8s.apiserver.registry.networking.networkpolicy.NetworkPolicyStrategy());
        add(m, "networking.k8s.io", "ingressclasses", subdomain, new io.j8s.apiserver.registry.networking.ingressclass.IngressClassStrategy());
        NameValidator rbacName = NameValidator.PATH_SEGMENT;
        add(m, "rbac.authorization.k8s.io", "roles", rbacName, new io.j8s.apiserver.registry.rbac.role.RoleStrategy());
        add(m, "rbac.authorization.k8s.io", "clusterroles", rbacName, new io.j8s.apiserver.registry.rbac.clusterrole.ClusterRoleStrategy());
        add(m, "rbac.authorization.k8s.io", "rolebindings", rbacName, new io.j8s.apiserver.registry.rbac.rolebinding.RoleBindingStrategy());
        add(m, "rbac.authorization.k8s.io", "clusterrolebindings", rbacName,
                new io.j8s.apiserver.registry.rbac.clusterrolebinding.ClusterRoleBindingStrategy());
        add(m, "storage.k8s.io", "storageclasses", subdomain, new io.j8s.apiserver.registry.storage.storageclass.StorageClassStrategy());
    }

    private static void add(Map<GroupResource, Registration> m, String group, String resource, NameValidator names, Strategy s) {
        m.put(new GroupResource(group, resource), new Registration(names, s));
    }

    /** The full strategy of a resource: its own (if any) plus metadata validation and unknown fields. */
    public static Strategy forResource(ResourceDefinition def) {
        Registration r = REGISTERED.getOrDefault(def.groupResource(), DEFAULT);
        // Reviews and bindings are only created, never stored: Kubernetes does not ask them for a name.
        NameValidator names = def.stored() ? r.names() : null;
        return new WithMetadata(def.namespaced(), names, r.strategy(), new UnknownFields(def.modelClass()));
    }

    /** Adds what every object gets to a resource's own strategy; {@code names} is null for kinds that are never stored. */
    private record WithMetadata(boolean namespaced, NameValidator names, Strategy own, UnknownFields unknown)
            implements Strategy {

        @Override
        public void applyDefaults(ObjectNode obj) {
            own.applyDefaults(obj);
        }

        @Override
        public void prepareForCreate(ObjectNode obj) {
            own.prepareForCreate(obj);
        }

        @Override
        public void prepareForUpdate(ObjectNode obj, ObjectNode old) {
            own.prepareForUpdate(obj, old);
        }

        @Override
        public List<FieldError> validate(ObjectNode obj) {
            List<FieldError> errs = names == null ? new ArrayList<>() : new ArrayList<>(ObjectMetaValidation.validate(obj, namespaced, names));
            errs.addAll(own.validate(obj));
            return errs;
        }

        @Override
        public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
            List<FieldError> errs = names == null ? new ArrayList<>()
                    : new ArrayList<>(ObjectMetaValidation.validateUpdate(obj, old, namespaced, names));
            errs.addAll(own.validateUpdate(obj, old));
            return errs;
        }

        @Override
        public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
            List<FieldError> errs = names == null ? new ArrayList<>()
                    : new ArrayList<>(ObjectMetaValidation.validateUpdate(obj, old, namespaced, names));
            errs.addAll(own.validateStatusUpdate(obj, old));
            return errs;
        }

        @Override
        public List<String> unknownFields(ObjectNode obj) {
            return unknown.of(obj);
        }

        @Override
        public Map<String, String> selectableFields(ObjectNode obj) {
            return own.selectableFields(obj);
        }

        @Override
        public boolean allowCreateOnUpdate() {
            return own.allowCreateOnUpdate();
        }

        @Override
        public boolean allowUnconditionalUpdate() {
            return own.allowUnconditionalUpdate();
        }
    }
}
