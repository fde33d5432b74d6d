package io.j8s.scheduler;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.j8s.scheduler.cache.SchedulerCache;
import io.j8s.scheduler.config.SchedulerConfiguration;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.Framework;
import io.j8s.scheduler.framework.PluginRegistry;
import io.j8s.scheduler.framework.Profile;
import io.j8s.scheduler.plugins.InTreePlugins;
import io.j8s.scheduler.queue.QueuedPodInfo;
import io.j8s.scheduler.queue.SchedulingQueue;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The j8s scheduler: watches pods and nodes through the API and binds pending pods of its profiles
 * to nodes. {@link #start()} syncs informers, then schedules (once elected, with leader election);
 * {@link #close()} stops everything. Thread-safe.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final int MAX_CONCURRENT_BINDINGS = 256;

    private final KubernetesClient client;
    private final SchedulerConfiguration config;
    private final Clock clock;
    private final String identity;
    private final SchedulerCache cache = new SchedulerCache();
    private final SchedulingQueue queue;
    private final Map<String, Framework> frameworks = new LinkedHashMap<>();
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("scheduler-queue-flush").daemon().factory());
    private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
    private final InformerLister lister;
    private final SchedulingCycle cycle;
    private final AtomicBoolean leading = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Thread loop;
    private volatile CompletableFuture<?> election;

    public Scheduler(KubernetesClient client, SchedulerConfiguration config, Clock clock, Random random) {
        this(client, config, InTreePlugins.registry(), clock, random);
    }

    /** With a registry holding out-of-tree plugins besides the in-tree ones. */
    public Scheduler(KubernetesClient client, SchedulerConfiguration config, PluginRegistry registry, Clock clock,
                     Random random) {
        this.client = client;
        this.config = config;
        this.clock = clock;
        this.identity = hostname() + "_" + UUID.randomUUID();
        this.lister = new InformerLister(
                client.persistentVolumeClaims().inAnyNamespace().runnableInformer(0),
                client.persistentVolumes().runnableInformer(0),
                client.storage().v1().storageClasses().runnableInformer(0),
                client.policy().v1().podDisruptionBudget().inAnyNamespace().runnableInformer(0),
                client.scheduling().v1().priorityClasses().runnableInformer(0),
                client.namespaces().runnableInformer(0));
        for (Profile profile : config.profiles()) {
            frameworks.put(profile.schedulerName(), new Framework(profile, registry, client, lister, clock,
                    this::currentSnapshot, this::nominatedPods));
        }
        if (frameworks.isEmpty()) {
            throw new IllegalArgumentException("profiles: Required value: at least one profile is required");
        }
        Framework first = frameworks.values().iterator().next();
        for (Framework f : frameworks.values()) {
            // one queue serves every profile, so they must agree on its order
            if (!f.queueSort().name().equals(first.queueSort().name())) {
                throw new IllegalArgumentException("profiles[].plugins.queueSort: Invalid value: \""
                        + f.queueSort().name() + "\": queueSort must be the same for all profiles");
            }
        }
        this.queue = new SchedulingQueue(first.queueSort(), mergedEvents(), clock);
        ApiRecorder recorder = new ApiRecorder(client, clock, virtualThreads, new Semaphore(MAX_CONCURRENT_BINDINGS),
                "default-scheduler");
        this.cycle = new SchedulingCycle(frameworks, cache, queue, lister, recorder, clock, random, virtualThreads,
                new Semaphore(MAX_CONCURRENT_BINDINGS), config.percentageOfNodesToScore());
    }

    private Map<String, java.util.Set<ClusterEvent>> mergedEvents() {
        Map<String, java.util.Set<ClusterEvent>> events = new java.util.HashMap<>();
        frameworks.values().forEach(f -> f.pluginEvents().forEach((name, set) ->
                events.merge(name, set, (a, b) -> {
                    var union = java.util.EnumSet.noneOf(ClusterEvent.class);
                    union.addAll(a);
                    union.addAll(b);
                    return union;
                })));
        return events;
    }

    private io.j8s.scheduler.framework.Snapshot currentSnapshot() {
        return cycle.snapshot();
    }

    private Map<String, List<io.j8s.scheduler.framework.PodInfo>> nominatedPods() {
        return queue.nominatedPods();
    }

    /** The profile a pod asks for; pods without one get {@code default-scheduler}. */
    static String schedulerName(Pod pod) {
        String name = pod.getSpec().getSchedulerName();
        return name == null || name.isEmpty() ? Profile.DEFAULT_SCHEDULER_NAME : name;
    }

    /** Starts informers and waits for their initial lists, then schedules or campaigns for leadership. */
    public void start() {
        ClusterEventHandlers handlers = new ClusterEventHandlers(cache, queue, lister, frameworks.keySet());
        startInformer(lister.informers().get(0), handlers.any(ClusterEvent.PVC_CHANGE));
        startInformer(lister.informers().get(1), handlers.any(ClusterEvent.PV_CHANGE));
        startInformer(lister.informers().get(2), handlers.any(ClusterEvent.STORAGE_CLASS_CHANGE));
        for (SharedIndexInformer<?> i : lister.informers().subList(3, lister.informers().size())) {
            startInformer(i, null);
        }
        startInformer(client.nodes().runnableInformer(0), handlers.nodes());
        startInformer(client.pods().inAnyNamespace().runnableInformer(0), handlers.pods());
        timers.scheduleAtFixedRate(queue::flushBackoffCompleted, 1, 1, TimeUnit.SECONDS);
        timers.scheduleAtFixedRate(queue::flushUnschedulableLeftover, 30, 30, TimeUnit.SECONDS);
        if (config.leaderElection().leaderElect()) {
            campaign();
        } else {
            startScheduling();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void startInformer(SharedIndexInformer informer, ResourceEventHandler handler) {
        if (handler != null) {
            informer.addEventHandler(handler);
        }
        informers.add(informer);
        informer.run();
    }

    private void campaign() {
        var le = config.leaderElection();
        var electionConfig = new LeaderElectionConfigBuilder()
                .withName(le.resourceName())
                .withLock(new LeaseLock(le.resourceNamespace(), le.resourceName(), identity))
                .withLeaseDuration(le.leaseDuration())
                .withRenewDeadline(le.renewDeadline())
                .withRetryPeriod(le.retryPeriod())
                .withReleaseOnCancel(true)
                .withLeaderCallbacks(new LeaderCallbacks(this::startScheduling, this::stopScheduling,
                        leader -> LOG.info("New leader elected: {}", leader)))
                .build();
        election = client.leaderElector().withConfig(electionConfig).build().start();
    }

    private synchronized void startScheduling() {
        if (closed.get() || !leading.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Scheduler {} is scheduling", identity);
        loop = Thread.ofPlatform().name("scheduler").daemon().start(this::scheduleLoop);
    }

    private synchronized void stopScheduling() {
        if (leading.compareAndSet(true, false)) {
            LOG.info("Scheduler {} stopped leading", identity);
            Thread t = loop;
            if (t != null) {
                t.interrupt();
            }
        }
    }

    private void scheduleLoop() {
        while (leading.get() && !closed.get()) {
            try {
                QueuedPodInfo next = queue.pop(1, TimeUnit.SECONDS);
                if (next != null) {
                    if (leading.get()) {
                        cycle.run(next);
                    } else {
                        queue.addErrored(next.failed(java.util.Set.of(), clock.instant()),
                                queue.schedulingCycle());
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Scheduling loop error", e);
            }
        }
    }

    /** Whether this instance currently schedules (always, once started, without leader election). */
    public boolean isLeader() {
        return leading.get();
    }

    /** This instance's identity in the leader election Lease. */
    public String identity() {
        return identity;
    }

    /** Counters of scheduling work since start. */
    public SchedulerMetrics metrics() {
        return cycle.metrics();
    }

    /** Queue sizes, for diagnostics and tests. */
    public SchedulingQueue.Sizes queueSizes() {
        return queue.sizes();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<?> e = election;
        if (e != null) {
            e.cancel(true);
        }
        stopScheduling();
        queue.close();
        timers.shutdownNow();
        for (SharedIndexInformer<?> i : informers) {
            i.stop();
        }
        virtualThreads.shutdown();
        try {
            virtualThreads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "j8s-scheduler";
        }
    }
}
