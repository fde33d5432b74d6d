package io.j8s.scheduler.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One profile's plugins, instantiated, and the logic that runs each extension point in order.
 * Scheduling-cycle methods run on the scheduling thread; permit waiting and binding run on binding threads.
 */
public final class Framework implements FrameworkHandle, WaitingPods {

    private static final String SKIP_KEY = "framework/skipped";

    private final Profile profile;
    private final KubernetesClient client;
    private final ClusterLister lister;
    private final Clock clock;
    private final Supplier<Snapshot> snapshot;
    private final Supplier<Map<String, List<PodInfo>>> nominated;
    private final Map<String, Plugin> instances = new LinkedHashMap<>();
    private final Map<ExtensionPoint, List<String>> pluginsAt = new HashMap<>();
    private final QueueSortPlugin queueSort;
    private final List<PreFilterPlugin> preFilters;
    private final List<FilterPlugin> filters;
    private final List<PostFilterPlugin> postFilters;
    private final List<PreScorePlugin> preScores;
    private final List<ScorePlugin> scores;
    private final List<ReservePlugin> reserves;
    private final List<PermitPlugin> permits;
    private final List<PreBindPlugin> preBinds;
    private final List<BindPlugin> binds;
    private final Map<String, WaitingPod> waiting = new ConcurrentHashMap<>();

    public Framework(Profile profile, PluginRegistry registry, KubernetesClient client, ClusterLister lister,
                     Clock clock, Supplier<Snapshot> snapshot, Supplier<Map<String, List<PodInfo>>> nominated) {
        this.profile = profile;
        this.client = client;
        this.lister = lister;
        this.clock = clock;
        this.snapshot = snapshot;
        this.nominated = nominated;
        for (String name : profile.multiPoint()) {
            instantiate(registry, name);
        }
        for (ExtensionPoint point : ExtensionPoint.values()) {
            List<String> names = new ArrayList<>();
            for (String name : profile.multiPoint()) {
                if (point.type().isInstance(instances.get(name)) && !profile.isDisabled(point, name)) {
                    names.add(name);
                }
            }
            for (String name : profile.enabled().getOrDefault(point, List.of())) {
                if (!point.type().isInstance(instantiate(registry, name))) {
                    throw new IllegalArgumentException("plugin \"" + name + "\" does not extend " + point.configName()
                            + " plugin");
                }
                names.remove(name);
                names.add(name);
            }
            pluginsAt.put(point, List.copyOf(names));
        }
        List<QueueSortPlugin> sorts = at(ExtensionPoint.QUEUE_SORT);
        if (sorts.size() != 1) {
            throw new IllegalArgumentException("one queue sort plugin required for profile with schedulerName \""
                    + profile.schedulerName() + "\"");
        }
        queueSort = sorts.get(0);
        preFilters = at(ExtensionPoint.PRE_FILTER);
        filters = at(ExtensionPoint.FILTER);
        postFilters = at(ExtensionPoint.POST_FILTER);
        preScores = at(ExtensionPoint.PRE_SCORE);
        scores = at(ExtensionPoint.SCORE);
        reserves = at(ExtensionPoint.RESERVE);
        permits = at(ExtensionPoint.PERMIT);
        preBinds = at(ExtensionPoint.PRE_BIND);
        binds = at(ExtensionPoint.BIND);
        if (binds.isEmpty()) {
            throw new IllegalArgumentException("at least one bind plugin is needed for profile with schedulerName \""
                    + profile.schedulerName() + "\"");
        }
    }

    private Plugin instantiate(PluginRegistry registry, String name) {
        return instances.computeIfAbsent(name, n -> {
            PluginFactory factory = registry.get(n).orElseThrow(
                    () -> new IllegalArgumentException("plugin \"" + n + "\" does not exist"));
            JsonNode args = profile.pluginArgs().getOrDefault(n, JsonNodeFactory.instance.objectNode());
            return factory.create(args, this);
        });
    }

    /** The plugin names that run at an extension point, in order. */
    public List<String> pluginsAt(ExtensionPoint point) {
        return pluginsAt.getOrDefault(point, List.of());
    }

    /** The plugin instance of that name, if the profile enables it anywhere. */
    public Plugin plugin(String name) {
        return instances.get(name);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> at(ExtensionPoint point) {
        List<T> list = new ArrayList<>();
        for (String name : pluginsAt(point)) {
            list.add((T) instances.get(name));
        }
        return List.copyOf(list);
    }

    public Profile profile() {
        return profile;
    }

    public QueueSortPlugin queueSort() {
        return queueSort;
    }

    /** The events each enabled plugin wants pods it rejected to be retried on. */
    public Map<String, Set<ClusterEvent>> pluginEvents() {
        Map<String, Set<ClusterEvent>> events = new HashMap<>();
        instances.forEach((name, p) -> events.put(name, EnumSet.copyOf(p.eventsToRegister().isEmpty()
                ? EnumSet.noneOf(ClusterEvent.class) : p.eventsToRegister())));
        return events;
    }

    public boolean hasPostFilter() {
        return !postFilters.isEmpty();
    }

    /** Runs PreFilter plugins; remembers which asked to skip their Filter. */
    public Status runPreFilter(CycleState state, Pod pod, Snapshot snap) {
        Set<String> skipped = new HashSet<>();
        for (PreFilterPlugin p : preFilters) {
            Status s = p.preFilter(state, pod, snap);
            if (s.isSkip()) {
                skipped.add(p.name());
            } else if (!s.isSuccess()) {
                return s.withPlugin(p.name());
            }
        }
        // resolve the skips once per cycle rather than once per node
        state.write(SKIP_KEY, new Skipped(skipped.isEmpty() ? filters
                : filters.stream().filter(f -> !skipped.contains(f.name())).toList()));
        return Status.success();
    }

    @Override
    public Status runFilterPlugins(CycleState state, Pod pod, NodeInfo node) {
        Skipped skipped = state.read(SKIP_KEY);
        List<FilterPlugin> active = skipped == null ? filters : skipped.filters();
        for (FilterPlugin p : active) {
            Status s = p.filter(state, pod, node);
            if (!s.isSuccess()) {
                return s.withPlugin(p.name());
            }
        }
        return Status.success();
    }

    @Override
    public Status runPreFilterAddPod(CycleState state, Pod pod, PodInfo added, NodeInfo node) {
        for (PreFilterPlugin p : preFilters) {
            Status s = p.addPod(state, pod, added, node);
            if (!s.isSuccess()) {
                return s.withPlugin(p.name());
            }
        }
        return Status.success();
    }

    @Override
    public Status runPreFilterRemovePod(CycleState state, Pod pod, PodInfo removed, NodeInfo node) {
        for (PreFilterPlugin p : preFilters) {
            Status s = p.removePod(state, pod, removed, node);
            if (!s.isSuccess()) {
                return s.withPlugin(p.name());
            }
        }
        return Status.success();
    }

    /** Runs PostFilter plugins until one succeeds; returns its result, or the last rejection. */
    public PostFilterPlugin.PostFilterResult runPostFilter(CycleState state, Pod pod, Map<String, Status> statuses) {
        PostFilterPlugin.PostFilterResult last = new PostFilterPlugin.PostFilterResult(
                Status.unschedulable(), null);
        for (PostFilterPlugin p : postFilters) {
            PostFilterPlugin.PostFilterResult r = p.postFilter(state, pod, statuses);
            if (r.status().isSuccess()) {
                return r;
            }
            last = r;
        }
        return last;
    }

    /** Runs PreScore, Score, NormalizeScore and weights; returns the total per node, index-aligned. */
    public long[] runScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
        long[] total = new long[nodes.size()];
        Set<String> skipped = new HashSet<>();
        for (PreScorePlugin p : preScores) {
            Status s = p.preScore(state, pod, nodes);
            if (s.isSkip()) {
                skipped.add(p.name());
            } else if (!s.isSuccess()) {
                throw new IllegalStateException("running PreScore plugin \"" + p.name() + "\": " + s.message());
            }
        }
        long[] scores = new long[nodes.size()];
        for (ScorePlugin p : scores()) {
            if (skipped.contains(p.name())) {
                continue;
            }
            for (int i = 0; i < nodes.size(); i++) {
                scores[i] = p.score(state, pod, nodes.get(i));
            }
            p.normalizeScores(state, pod, nodes, scores);
            int weight = profile.weight(p.name());
            for (int i = 0; i < nodes.size(); i++) {
                total[i] += scores[i] * weight;
            }
        }
        return total;
    }

    private List<ScorePlugin> scores() {
        return scores;
    }

    public boolean hasScorePlugins() {
        return !scores.isEmpty();
    }

    public Status runReserve(CycleState state, Pod pod, String nodeName) {
        for (ReservePlugin p : reserves) {
            Status s = p.reserve(state, pod, nodeName);
            if (!s.isSuccess()) {
                return s.withPlugin(p.name());
            }
        }
        return Status.success();
    }

    public void runUnreserve(CycleState state, Pod pod, String nodeName) {
        for (int i = reserves.size() - 1; i >= 0; i--) {
            reserves.get(i).unreserve(state, pod, nodeName);
        }
    }

    /**
     * Runs Permit plugins. Returns success, a rejection, or WAIT, in which case the pod is parked and
     * {@link #waitOnPermit} blocks until it is allowed or rejected.
     */
    public Status runPermit(CycleState state, Pod pod, String nodeName) {
        Set<String> waitingOn = new HashSet<>();
        Duration timeout = Duration.ZERO;
        for (PermitPlugin p : permits) {
            PermitPlugin.Decision d = p.permit(state, pod, nodeName);
            if (d.status().code() == Code.WAIT) {
                waitingOn.add(p.name());
                timeout = timeout.compareTo(d.timeout()) > 0 ? timeout : d.timeout();
            } else if (!d.status().isSuccess()) {
                return d.status().withPlugin(p.name());
            }
        }
        if (waitingOn.isEmpty()) {
            return Status.success();
        }
        waiting.put(pod.getMetadata().getUid(), new WaitingPod(ConcurrentHashMap.newKeySet(), timeout,
                new CompletableFuture<>()));
        waiting.get(pod.getMetadata().getUid()).pending().addAll(waitingOn);
        return Status.of(Code.WAIT);
    }

    /** Blocks (on a binding thread) until a parked pod is allowed, rejected or times out. */
    public Status waitOnPermit(Pod pod) {
        WaitingPod w = waiting.get(pod.getMetadata().getUid());
        if (w == null) {
            return Status.success();
        }
        try {
            return w.result().get(w.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return Status.unschedulable("rejected due to timeout after waiting " + w.timeout().toSeconds()
                    + "s at plugin " + String.join(",", w.pending()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.error("interrupted while waiting on permit");
        } catch (java.util.concurrent.ExecutionException e) {
            return Status.error(e.getCause().toString());
        } finally {
            waiting.remove(pod.getMetadata().getUid());
        }
    }

    @Override
    public void allow(String podUid, String plugin) {
        WaitingPod w = waiting.get(podUid);
        if (w != null) {
            w.pending().remove(plugin);
            if (w.pending().isEmpty()) {
                w.result().complete(Status.success());
            }
        }
    }

    @Override
    public void reject(String podUid, String plugin, String reason) {
        WaitingPod w = waiting.get(podUid);
        if (w != null) {
            w.result().complete(new Status(Code.UNSCHEDULABLE, List.of(reason), plugin));
        }
    }

    public Status runPreBind(CycleState state, Pod pod, String nodeName) {
        for (PreBindPlugin p : preBinds) {
            Status s = p.preBind(state, pod, nodeName);
            if (!s.isSuccess()) {
                return s.withPlugin(p.name());
            }
        }
        return Status.success();
    }

    public Status runBind(CycleState state, Pod pod, String nodeName) {
        for (BindPlugin p : binds) {
            Status s = p.bind(state, pod, nodeName);
            if (!s.isSkip()) {
                return s.withPlugin(p.name());
            }
        }
        return Status.error("no bind plugin bound the pod");
    }

    @Override
    public Snapshot snapshot() {
        return snapshot.get();
    }

    @Override
    public ClusterLister lister() {
        return lister;
    }

    @Override
    public KubernetesClient client() {
        return client;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public WaitingPods waitingPods() {
        return this;
    }

    @Override
    public Map<String, List<PodInfo>> nominatedPods() {
        return nominated.get();
    }

    private record Skipped(List<FilterPlugin> filters) implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return this;
        }
    }

    private record WaitingPod(Set<String> pending, Duration timeout, CompletableFuture<Status> result) {
    }
}
