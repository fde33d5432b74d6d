package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.ResourceRegistry;
import io.j8s.apiserver.registry.WatchSink;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.core.server.WebSocketMappings;
import io.j8s.apiserver.http.ResponseFormat.Conversion;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.eclipse.jetty.http.HttpHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a watch: headers first, then one frame per event, each flushed, until the registry ends
 * the watch, the timeout passes, the client goes away or the server shuts down. The serving thread
 * is a virtual thread, parked while the watch is idle. Thread-safe.
 */
final class WatchHandler {

    private static final Logger log = LoggerFactory.getLogger(WatchHandler.class);

    /** Kubernetes' {@code --min-request-timeout}: watches without timeoutSeconds last 1-2 times this. */
    static final long MIN_REQUEST_TIMEOUT_SECONDS = 1800;

    private final OptionsDecoder options = new OptionsDecoder();
    private final Negotiator negotiator = new Negotiator();
    private final ResponseEncoder encoder;
    private final ProtobufCodec protobuf;
    private final RandomGenerator random;
    private final WebSocketMappings webSockets;
    private final Set<WatchSink> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    WatchHandler(ResponseEncoder encoder, ProtobufCodec protobuf, RandomGenerator random, WebSocketMappings webSockets) {
        this.webSockets = webSockets;
        this.encoder = encoder;
        this.protobuf = protobuf;
        this.random = random;
    }

    /** Watches currently streaming. */
    int openWatches() {
        return open.size();
    }

    /** Ends every watch, as a graceful shutdown does; their responses complete normally. */
    void closeAll() {
        closing = true;
        open.forEach(WatchSink::close);
    }

    /** Serves {@code GET ...?watch=true}; a non-null {@code name} watches that object alone. */
    void serve(Exchange ex, ResourceRegistry registry, String namespace, String name) {
        ResourceDefinition def = registry.definition();
        long defaultTimeout = (long) (MIN_REQUEST_TIMEOUT_SECONDS * (1 + random.nextDouble()));
        RequestOptions.ListOptions opts = withName(options.list(ex.query(), defaultTimeout), name);
        ResponseFormat format = negotiator.negotiate(ex.header(HttpHeader.ACCEPT),
                new Negotiator.Target(false, protobuf.supports(def.apiVersion(), def.kind()), encoder.conversionsAvailable()));
        if ("websocket".equalsIgnoreCase(ex.header(HttpHeader.UPGRADE))) {
            serveWebSocket(ex, registry, namespace, opts, format);
            return;
        }
        WatchStream stream = new WatchStream();
        open.add(stream);
        if (closing) {
            stream.close();
        }
        // the client going away fails the request; idle time is expected on a watch, so it is not a failure
        ex.request().addFailureListener(failure -> stream.close());
        ex.request().addIdleTimeoutListener(timeout -> false);
        AutoCloseable watch = null;
        try {
            watch = registry.watch(namespace, opts, stream);
            ex.begin(200, format.watchContentType());
            // an empty write sends the headers now: clients wait for them before they count the watch as started
            ex.write(new byte[0], false);
            pump(ex, stream, format, def, Duration.ofSeconds(opts.timeoutSeconds()));
            ex.write(new byte[0], true);
        } catch (UncheckedIOException e) {
            log.debug("watch client went away: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stream.close();
            open.remove(stream);
            closeQuietly(watch);
        }
    }

    /** Kubernetes serves a watch over WebSocket to clients that ask to upgrade: one JSON event per text message. */
    private void serveWebSocket(Exchange ex, ResourceRegistry registry, String namespace, RequestOptions.ListOptions opts,
                                ResponseFormat negotiated) {
        ResourceDefinition def = registry.definition();
        ResponseFormat format = negotiated.serialization() == ResponseFormat.Serialization.JSON
                ? negotiated : ResponseFormat.PLAIN_JSON;
        String includeObject = ex.query().first("includeObject");
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        WebSocketWatch[] holder = new WebSocketWatch[1];
        Scheduler.Task[] timeout = new Scheduler.Task[1];
        WebSocketWatch watch = new WebSocketWatch(registry, namespace, opts,
                (type, obj) -> encoder.watchMessage(type, eventObject(type, obj, format, def, includeObject, first)),
                () -> {
                    open.remove(holder[0]);
                    if (timeout[0] != null) {
                        timeout[0].cancel();
                    }
                });
        holder[0] = watch;
        open.add(watch);
        // the timeout ends the watch on Jetty's scheduler: no thread waits for it
        timeout[0] = ex.request().getComponents().getScheduler().schedule(watch::close, opts.timeoutSeconds(), TimeUnit.SECONDS);
        boolean upgraded = ex.upgrade(webSockets, (request, response, callback) -> closing ? null : watch);
        if (!upgraded) {
            open.remove(watch);
            timeout[0].cancel();
            throw ApiException.badRequest("invalid WebSocket upgrade request");
        }
    }

    private ObjectNode eventObject(String type, ObjectNode obj, ResponseFormat format, ResourceDefinition def,
                                   String includeObject, java.util.concurrent.atomic.AtomicBoolean first) {
        if (type.equals("ERROR") || format.conversion() == Conversion.NONE) {
            return obj;
        }
        if (format.conversion() == Conversion.TABLE) {
            return encoder.table(def, obj, format.conversionVersion(), includeObject, first.getAndSet(false));
        }
        return encoder.convert(obj, format, def, includeObject);
    }

    private static void closeQuietly(AutoCloseable watch) {
        if (watch == null) {
            return;
        }
        try {
            watch.close();
        } catch (Exception e) {
            log.debug("closing a watch failed", e);
        }
    }

    private void pump(Exchange ex, WatchStream stream, ResponseFormat format, ResourceDefinition def, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        String includeObject = ex.query().first("includeObject");
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            WatchStream.Event event = stream.next(Duration.ofNanos(left));
            if (event == null) {
                if (stream.closed()) {
                    return;
                }
                continue;
            }
            ObjectNode obj = eventObject(event.type(), event.object(), format, def, includeObject, first);
            ex.write(encoder.watchFrame(event.type(), obj, format.serialization()), false);
        }
    }

    /** A watch of one object is a watch of the collection selecting its name, as Kubernetes rewrites it. */
    private static RequestOptions.ListOptions withName(RequestOptions.ListOptions o, String name) {
        if (name == null) {
            return o;
        }
        String byName = "metadata.name=" + name;
        String selector = o.fieldSelector() == null ? byName : o.fieldSelector() + "," + byName;
        return new RequestOptions.ListOptions(o.labelSelector(), selector, o.limit(), o.continueToken(),
                o.resourceVersion(), o.resourceVersionMatch(), o.timeoutSeconds(), o.allowWatchBookmarks(),
                o.sendInitialEvents());
    }
}
