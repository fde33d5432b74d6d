package io.j8s.controllers;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.ControllerFactory;
import io.j8s.controllers.base.ControllerLoop;
import io.j8s.controllers.base.EventRecorder;
import io.j8s.controllers.base.SharedInformers;
import io.j8s.controllers.cronjob.CronJobController;
import io.j8s.controllers.daemonset.DaemonSetController;
import io.j8s.controllers.deployment.DeploymentController;
import io.j8s.controllers.disruption.DisruptionController;
import io.j8s.controllers.endpoint.EndpointController;
import io.j8s.controllers.endpointslice.EndpointSliceController;
import io.j8s.controllers.garbagecollector.GarbageCollector;
import io.j8s.controllers.job.JobController;
import io.j8s.controllers.namespace.NamespaceController;
import io.j8s.controllers.nodelifecycle.NodeLifecycleController;
import io.j8s.controllers.podgc.PodGcController;
import io.j8s.controllers.replicaset.ReplicaSetController;
import io.j8s.controllers.replicationcontroller.ReplicationControllerController;
import io.j8s.controllers.resourcequota.ResourceQuotaController;
import io.j8s.controllers.serviceaccount.ServiceAccountsController;
import io.j8s.controllers.statefulset.StatefulSetController;
import io.j8s.controllers.ttlafterfinished.TtlAfterFinishedController;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kube-controller-manager: under leader election on the Lease {@code kube-system/kube-controller-manager}, the leader
 * starts the shared informers and runs every enabled controller with its workers; the others wait. Several managers
 * may run against one API server for HA.
 */
public final class ControllerManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControllerManager.class);
    static final String LEASE_NAMESPACE = "kube-system";
    static final String LEASE_NAME = "kube-controller-manager";

    private final KubernetesClient client;
    private final Clock clock;
    private final Set<String> enabled;
    private final String identity;
    private final Duration leaseDuration;
    private final Duration renewDeadline;
    private final Duration retryPeriod;
    private CompletableFuture<?> election;
    private Running running;
    private boolean closed;
    private int concurrentSyncs;

    private record Running(SharedInformers informers, EventRecorder events, List<ControllerLoop> loops) {
    }

    /**
     * @param enabledControllers names from {@link #controllers()} to run; empty, null or containing {@code *} runs all
     */
    public ControllerManager(KubernetesClient client, Clock clock, Set<String> enabledControllers) {
        this(client, clock, enabledControllers, Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(2));
    }

    /** As the three-argument constructor, with Kubernetes' --leader-elect-lease-duration/renew-deadline/retry-period. */
    public ControllerManager(KubernetesClient client, Clock clock, Set<String> enabledControllers,
            Duration leaseDuration, Duration renewDeadline, Duration retryPeriod) {
        this.client = client;
        this.clock = clock;
        this.enabled = enabledControllers == null ? Set.of() : Set.copyOf(enabledControllers);
        this.identity = hostName() + "_" + UUID.randomUUID();
        this.leaseDuration = leaseDuration;
        this.renewDeadline = renewDeadline;
        this.retryPeriod = retryPeriod;
    }

    /**
     * Every controller j8s knows, by its kube-controller-manager name, in start order. Part B adds its controllers
     * here, one line each (and may edit only these lines).
     */
    static Map<String, ControllerFactory> controllers() {
        Map<String, ControllerFactory> all = new LinkedHashMap<>();
        all.put("replicaset", ReplicaSetController::new);
        all.put("replicationcontroller", ReplicationControllerController::new);
        all.put("deployment", DeploymentController::new);
        all.put("namespace", NamespaceController::new);
        all.put("serviceaccount", ServiceAccountsController::new);
        all.put("garbagecollector", GarbageCollector::new);
        all.put("endpoint", EndpointController::new);
        all.put("endpointslice", EndpointSliceController::new);
        all.put("job", JobController::new);
        all.put("ttl-after-finished", TtlAfterFinishedController::new);
        all.put("cronjob", CronJobController::new);
        all.put("podgc", PodGcController::new);
        // part B: add controllers below this line, one line each.
        all.put("disruption", DisruptionController::new);
        all.put("resourcequota", ResourceQuotaController::new);
        all.put("nodelifecycle", NodeLifecycleController::new);
        all.put("daemonset", DaemonSetController::new);
        all.put("statefulset", StatefulSetController::new);
        return all;
    }

    /**
     * Workers per controller for loops started from now on, like --concurrent-deployment-syncs and friends for
     * all at once; 0 (the default) keeps each controller's own number (5, as Kubernetes).
     */
    public synchronized ControllerManager concurrentSyncs(int workers) {
        this.concurrentSyncs = workers;
        return this;
    }

    /** Names of every known controller. */
    public static Set<String> knownControllers() {
        return controllers().keySet();
    }

    /** Begins leader election; the loops start when this manager becomes leader. Returns at once. */
    public synchronized void start() {
        if (election != null) {
            return;
        }
        ensureNamespace(LEASE_NAMESPACE);
        var config = new LeaderElectionConfigBuilder()
                .withName(LEASE_NAME)
                .withLock(new LeaseLock(LEASE_NAMESPACE, LEASE_NAME, identity))
                .withLeaseDuration(leaseDuration)
                .withRenewDeadline(renewDeadline)
                .withRetryPeriod(retryPeriod)
                .withReleaseOnCancel(true)
                .withLeaderCallbacks(new LeaderCallbacks(this::startLeading, this::stopLeading,
                        leader -> LOG.info("controller-manager leader is {}", leader)))
                .build();
        closed = false;
        runElection(config);
    }

    /**
     * Runs one election; when it ends without {@link #close()} (leadership lost, e.g. the API server was unreachable
     * past the renew deadline) a new one begins, where kube-controller-manager would exit and be restarted.
     */
    private synchronized void runElection(io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfig config) {
        if (closed) {
            return;
        }
        CompletableFuture<?> e = client.leaderElector().withConfig(config).build().start();
        election = e;
        e.whenComplete((ok, error) -> {
            boolean again;
            synchronized (this) {
                again = !closed && election == e;
            }
            if (again) {
                LOG.info("{}: leader election ended; standing again", identity);
                runElection(config);
            }
        });
    }

    /** Whether this manager currently runs the control loops. */
    public synchronized boolean isLeading() {
        return running != null;
    }

    /** Per-controller loop counters while leading; empty otherwise. */
    public synchronized Map<String, ControllerLoop.Stats> stats() {
        Map<String, ControllerLoop.Stats> out = new LinkedHashMap<>();
        if (running != null) {
            running.loops.forEach(l -> out.put(l.controller().name(), l.stats()));
        }
        return out;
    }

    /** This manager's identity in the Lease's holderIdentity. */
    public String identity() {
        return identity;
    }

    private synchronized void startLeading() {
        LOG.info("{} became leader; starting controllers", identity);
        SharedInformers informers = new SharedInformers(client);
        EventRecorder events = new EventRecorder(client, clock, "controller-manager");
        ControllerContext context = new ControllerContext(client, informers, clock, events);
        List<Controller> controllers = new ArrayList<>();
        controllers().forEach((name, factory) -> {
            if (enabled.isEmpty() || enabled.contains("*") || enabled.contains(name)) {
                controllers.add(factory.create(context));
            }
        });
        informers.start();
        try {
            informers.waitForCacheSync(Duration.ofMinutes(2));
        } catch (Exception e) {
            LOG.error("informers did not sync", e);
            informers.close();
            events.close();
            throw new IllegalStateException(e);
        }
        List<ControllerLoop> loops = new ArrayList<>();
        for (Controller c : controllers) {
            ControllerLoop loop = concurrentSyncs > 0 ? new ControllerLoop(c, concurrentSyncs) : new ControllerLoop(c);
            loop.start();
            loops.add(loop);
        }
        running = new Running(informers, events, loops);
    }

    private synchronized void stopLeading() {
        if (running == null) {
            return;
        }
        LOG.info("{} stopped leading; stopping controllers", identity);
        running.loops.forEach(ControllerLoop::close);
        running.informers.close();
        running.events.close();
        running = null;
    }

    private void ensureNamespace(String name) {
        try {
            if (client.namespaces().withName(name).get() == null) {
                client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata()
                        .build()).create();
            }
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }

    /** Stops the loops and releases the Lease so another manager can take over at once. */
    @Override
    public void close() {
        CompletableFuture<?> e;
        synchronized (this) {
            closed = true;
            e = election;
            election = null;
        }
        if (e != null) {
            e.cancel(true);
        }
        stopLeading();
    }
}
