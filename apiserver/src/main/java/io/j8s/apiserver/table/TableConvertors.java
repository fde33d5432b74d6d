package io.j8s.apiserver.table;

import io.j8s.apiserver.registry.ResourceDefinition;

/**
 * The {@link TableConvertor} of each resource: Kubernetes' printer where it has one
 * ({@code pkg/printers/internalversion}), else the default Name / Created At table. Every convertor
 * returned is stateless and thread-safe.
 */
public final class TableConvertors {

    private TableConvertors() {}

    /** The convertor of a resource, found by its group and plural name (any version). */
    public static TableConvertor forResource(ResourceDefinition definition) {
        return forResource(definition.group(), definition.resource());
    }

    /** The convertor of {@code resource} in {@code group} (empty for core). */
    public static TableConvertor forResource(String group, String resource) {
        return switch (group + "/" + resource) {
            case "/pods" -> new PodPrinter();
            case "/nodes" -> ClusterPrinters.nodes();
            case "/namespaces" -> ClusterPrinters.namespaces();
            case "/events", "events.k8s.io/events" -> ClusterPrinters.events();
            case "/services" -> NetworkPrinters.services();
            case "/endpoints" -> NetworkPrinters.endpoints();
            case "/configmaps" -> ConfigPrinters.configMaps();
            case "/secrets" -> ConfigPrinters.secrets();
            case "/serviceaccounts" -> ConfigPrinters.serviceAccounts();
            case "/replicationcontrollers" -> WorkloadPrinters.replicationControllers();
            case "/resourcequotas" -> ConfigPrinters.resourceQuotas();
            case "/persistentvolumes" -> ClusterPrinters.persistentVolumes();
            case "/persistentvolumeclaims" -> ClusterPrinters.persistentVolumeClaims();
            case "/podtemplates" -> WorkloadPrinters.podTemplates();
            case "apps/deployments" -> WorkloadPrinters.deployments();
            case "apps/replicasets" -> WorkloadPrinters.replicaSets();
            case "apps/statefulsets" -> WorkloadPrinters.statefulSets();
            case "apps/daemonsets" -> WorkloadPrinters.daemonSets();
            case "apps/controllerrevisions" -> WorkloadPrinters.controllerRevisions();
            case "batch/jobs" -> WorkloadPrinters.jobs();
            case "batch/cronjobs" -> WorkloadPrinters.cronJobs();
            case "autoscaling/horizontalpodautoscalers" -> PolicyPrinters.horizontalPodAutoscalers();
            case "policy/poddisruptionbudgets" -> PolicyPrinters.podDisruptionBudgets();
            case "scheduling.k8s.io/priorityclasses" -> PolicyPrinters.priorityClasses();
            case "coordination.k8s.io/leases" -> ClusterPrinters.leases();
            case "discovery.k8s.io/endpointslices" -> NetworkPrinters.endpointSlices();
            case "networking.k8s.io/ingresses" -> NetworkPrinters.ingresses();
            case "networking.k8s.io/ingressclasses" -> NetworkPrinters.ingressClasses();
            case "networking.k8s.io/networkpolicies" -> NetworkPrinters.networkPolicies();
            case "storage.k8s.io/storageclasses" -> ClusterPrinters.storageClasses();
            case "rbac.authorization.k8s.io/rolebindings",
                 "rbac.authorization.k8s.io/clusterrolebindings" -> ConfigPrinters.roleBindings();
            default -> new DefaultTableConvertor();
        };
    }

    /** The default table of the apiserver: Name and Created At. */
    public static TableConvertor defaultTable() {
        return new DefaultTableConvertor();
    }

    /**
     * The table of a custom resource version: Name, then its printer columns, or Name and Age when it
     * declares none.
     */
    public static TableConvertor forCustomResource(java.util.List<PrinterColumn> printerColumns) {
        return new CustomResourceTableConvertor(printerColumns);
    }
}
