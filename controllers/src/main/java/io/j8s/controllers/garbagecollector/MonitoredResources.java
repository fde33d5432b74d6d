package io.j8s.controllers.garbagecollector;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import java.util.List;

/** The resources the garbage collector watches by default: the built-in kinds that own or are owned. */
final class MonitoredResources {

    static final List<MonitoredResource> DEFAULT = List.of(
            new MonitoredResource(Pod.class, "", "v1", "Pod", "pods", true),
            new MonitoredResource(ReplicationController.class, "", "v1", "ReplicationController", "replicationcontrollers", true),
            new MonitoredResource(ConfigMap.class, "", "v1", "ConfigMap", "configmaps", true),
            new MonitoredResource(Secret.class, "", "v1", "Secret", "secrets", true),
            new MonitoredResource(Service.class, "", "v1", "Service", "services", true),
            new MonitoredResource(ServiceAccount.class, "", "v1", "ServiceAccount", "serviceaccounts", true),
            new MonitoredResource(Endpoints.class, "", "v1", "Endpoints", "endpoints", true),
            new MonitoredResource(PersistentVolumeClaim.class, "", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true),
            new MonitoredResource(Deployment.class, "apps", "v1", "Deployment", "deployments", true),
            new MonitoredResource(ReplicaSet.class, "apps", "v1", "ReplicaSet", "replicasets", true),
            new MonitoredResource(StatefulSet.class, "apps", "v1", "StatefulSet", "statefulsets", true),
            new MonitoredResource(DaemonSet.class, "apps", "v1", "DaemonSet", "daemonsets", true),
            new MonitoredResource(ControllerRevision.class, "apps", "v1", "ControllerRevision", "controllerrevisions", true),
            new MonitoredResource(Job.class, "batch", "v1", "Job", "jobs", true),
            new MonitoredResource(CronJob.class, "batch", "v1", "CronJob", "cronjobs", true),
            new MonitoredResource(EndpointSlice.class, "discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", true));

    private MonitoredResources() {
    }
}
