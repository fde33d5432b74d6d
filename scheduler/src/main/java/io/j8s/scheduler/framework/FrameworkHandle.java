package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** What plugins may use besides their arguments: the snapshot, listers, the API client, other plugins. */
public interface FrameworkHandle {

    Snapshot snapshot();

    ClusterLister lister();

    /** The API client; null in unit tests that never reach the API. */
    KubernetesClient client();

    Clock clock();

    WaitingPods waitingPods();

    /** Runs every Filter plugin on one node, as preemption does to test a node without its victims. */
    Status runFilterPlugins(CycleState state, Pod pod, NodeInfo node);

    Status runPreFilterAddPod(CycleState state, Pod pod, PodInfo added, NodeInfo node);

    Status runPreFilterRemovePod(CycleState state, Pod pod, PodInfo removed, NodeInfo node);

    /** Pods nominated to each node by earlier preemptions, which lower-priority pods must leave room for. */
    Map<String, List<PodInfo>> nominatedPods();
}
