package io.j8s.apiserver.registry.generic;

import io.j8s.apimachinery.api.ApiException.GroupResource;
import io.j8s.apiserver.admission.AdmissionChain;
import io.j8s.apiserver.admission.AdmissionPlugin;
import io.j8s.apiserver.admission.NamespaceLifecycle;
import io.j8s.apiserver.admission.NamespaceLookup;
import io.j8s.apiserver.admission.UserInfo;
import io.j8s.apiserver.allocation.ClusterIpAllocator;
import io.j8s.apiserver.allocation.PortAllocator;
import io.j8s.apiserver.allocation.ServiceAllocation;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.Registries;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.ResourceRegistry;
import io.j8s.apiserver.registry.Strategies;
import io.j8s.storage.Store;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;

/**
 * Every built-in resource over one store: a {@link StoreResourceRegistry} per stored resource and
 * version, the bindings collection, and the review kinds. Builds the admission chain
 * (NamespaceLifecycle) and the Service allocators (rebuilt from the store). Close it to stop watch
 * timers. Thread-safe.
 */
public final class StoreRegistries implements Registries, AutoCloseable {

    /**
     * How the registries are set up.
     *
     * @param serviceClusterIpRange the ClusterIP CIDR, such as {@code 10.96.0.0/12}
     * @param nodePortRange the NodePort range, such as {@code 30000-32767}
     * @param random names, uids and allocations
     * @param bookmarkInterval how often a watch gets a bookmark
     * @param user the requesting user until authentication passes one in
     */
    public record Options(String serviceClusterIpRange, String nodePortRange, RandomGenerator random,
                          Duration bookmarkInterval, UserInfo user) {

        public static final String DEFAULT_SERVICE_CIDR = "10.96.0.0/12";
        public static final String DEFAULT_NODE_PORT_RANGE = "30000-32767";

        public static Options defaults() {
            return new Options(DEFAULT_SERVICE_CIDR, DEFAULT_NODE_PORT_RANGE, new SecureRandom(), Duration.ofMinutes(1),
                    UserInfo.admin());
        }

        public Options withServiceClusterIpRange(String cidr) {
            return new Options(cidr == null || cidr.isBlank() ? DEFAULT_SERVICE_CIDR : cidr, nodePortRange, random,
                    bookmarkInterval, user);
        }

        public Options withRandom(RandomGenerator r) {
            return new Options(serviceClusterIpRange, nodePortRange, r, bookmarkInterval, user);
        }

        public Options withBookmarkInterval(Duration d) {
            return new Options(serviceClusterIpRange, nodePortRange, random, d, user);
        }
    }

    private final List<ResourceDefinition> definitions;
    private final Map<String, ResourceRegistry> registries = new LinkedHashMap<>();
    private final ScheduledExecutorService timers;
    private final ServiceAllocation serviceAllocation;
    /** One cache per key space: versions and groups of one resource (events, HPAs) share theirs. */
    private final Map<String, WatchCache> caches = new LinkedHashMap<>();
    private static final int WATCH_CACHE_CAPACITY = 2_000;

    public StoreRegistries(Store store, Clock clock) {
        this(store, clock, Options.defaults());
    }

    public StoreRegistries(Store store, Clock clock, Options options) {
        this.definitions = BuiltinResources.all();
        this.timers = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("j8s-watch-timers").factory());
        this.serviceAllocation = ServiceAllocation.rebuild(store,
                new ClusterIpAllocator(options.serviceClusterIpRange(), options.random()),
                PortAllocator.ofRange(options.nodePortRange(), options.random()));
        List<AdmissionPlugin> plugins = List.of(new NamespaceLifecycle(namespaceLookup(store)));
        RegistryContext context = new RegistryContext(store, clock, options.random(), new AdmissionChain(plugins), timers,
                options.bookmarkInterval(), options.user());
        Map<GroupResource, ResourceHooks> hooks = Map.of(new GroupResource("", "services"), serviceAllocation);
        StoreResourceRegistry pods = null;
        for (ResourceDefinition def : definitions) {
            if (!def.stored()) {
                continue;
            }
            WatchCache cache = caches.computeIfAbsent(def.resource(), r -> new WatchCache(def, store, WATCH_CACHE_CAPACITY));
            StoreResourceRegistry registry = new StoreResourceRegistry(def, Strategies.forResource(def),
                    hooks.getOrDefault(def.groupResource(), ResourceHooks.NONE), context, cache);
            registries.put(key(def), registry);
            if (def.group().isEmpty() && def.resource().equals("pods")) {
                pods = registry;
            }
        }
        for (ResourceDefinition def : definitions) {
            if (def.stored()) {
                continue;
            }
            if (def.resource().equals("bindings") && pods != null) {
                registries.put(key(def), new BindingsRegistry(def, pods));
            } else {
                registries.put(key(def), new ReviewRegistry(def, options.user()));
            }
        }
    }

    @Override
    public Optional<ResourceRegistry> find(String group, String version, String resource) {
        return Optional.ofNullable(registries.get((group == null ? "" : group) + "/" + version + "/" + resource));
    }

    @Override
    public List<ResourceDefinition> definitions() {
        return definitions;
    }

    /** The Service allocators, for the bootstrap's {@code kubernetes} Service address. */
    public ServiceAllocation serviceAllocation() {
        return serviceAllocation;
    }

    @Override
    public void close() {
        caches.values().forEach(WatchCache::stop);
        timers.shutdownNow();
    }

    private NamespaceLookup namespaceLookup(Store store) {
        ResourceDefinition namespaces = definitions.stream()
                .filter(d -> d.group().isEmpty() && d.resource().equals("namespaces"))
                .findFirst().orElseThrow();
        ObjectCodec codec = new ObjectCodec(namespaces);
        return name -> store.get(namespaces.key(null, name), 0).map(codec::decode);
    }

    private static String key(ResourceDefinition def) {
        return def.group() + "/" + def.version() + "/" + def.resource();
    }
}
