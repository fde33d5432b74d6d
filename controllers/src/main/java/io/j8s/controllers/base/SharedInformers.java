package io.j8s.controllers.base;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * One informer (list+watch cache over all namespaces) per resource type, shared by every controller, like
 * client-go's {@code SharedInformerFactory}. Ask for informers before {@link #start()}; ones asked for later start
 * at once. Thread-safe.
 */
public final class SharedInformers implements AutoCloseable {

    private final KubernetesClient client;
    private final Map<Class<?>, SharedIndexInformer<?>> informers = new LinkedHashMap<>();
    private boolean started;

    public SharedInformers(KubernetesClient client) {
        this.client = client;
    }

    /** The shared informer of {@code type} (created on first use, resync off). */
    @SuppressWarnings("unchecked")
    public synchronized <T extends HasMetadata> SharedIndexInformer<T> informer(Class<T> type) {
        return (SharedIndexInformer<T>) informers.computeIfAbsent(type, t -> {
            SharedIndexInformer<T> informer = client.resources(type).inAnyNamespace().runnableInformer(0);
            if (started) {
                informer.start();
            }
            return informer;
        });
    }

    /** A read view on the shared cache of {@code type}. */
    public <T extends HasMetadata> Lister<T> lister(Class<T> type) {
        return new Lister<>(informer(type).getIndexer());
    }

    /** Starts every informer asked for so far (list, then watch). */
    public synchronized void start() {
        started = true;
        informers.values().forEach(SharedIndexInformer::start);
    }

    /** Waits until every informer has listed once. */
    public void waitForCacheSync(Duration timeout) throws TimeoutException, InterruptedException {
        List<SharedIndexInformer<?>> all;
        synchronized (this) {
            all = new ArrayList<>(informers.values());
        }
        Instant deadline = Instant.now().plus(timeout);
        for (SharedIndexInformer<?> informer : all) {
            CompletableFuture<Void> f = informer.start().toCompletableFuture();
            try {
                f.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("informer of " + informer.getApiTypeClass().getSimpleName()
                        + " failed to start", e.getCause());
            }
        }
    }

    @Override
    public synchronized void close() {
        informers.values().forEach(SharedIndexInformer::stop);
        informers.clear();
        started = false;
    }
}
