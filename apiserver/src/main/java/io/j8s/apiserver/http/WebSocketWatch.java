package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry;
import io.j8s.apiserver.registry.WatchSink;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch over WebSocket, as Kubernetes serves one to clients that ask to upgrade (fabric8 does by
 * default): each event is one text message holding the JSON {@code WatchEvent}; the server closes
 * with 1000 when the watch ends, and the watch ends when the client closes.
 */
final class WebSocketWatch implements FrameHandler, WatchSink {

    private static final Logger log = LoggerFactory.getLogger(WebSocketWatch.class);

    private final ResourceRegistry registry;
    private final String namespace;
    private final RequestOptions.ListOptions options;
    private final BiFunction<String, ObjectNode, byte[]> encoder;
    private final Runnable onEnd;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile CoreSession session;
    private volatile AutoCloseable watch;

    /**
     * @param encoder turns an event into the bytes of one message (the JSON WatchEvent, converted as negotiated)
     * @param onEnd called once when the watch ends, however it ends
     */
    WebSocketWatch(ResourceRegistry registry, String namespace, RequestOptions.ListOptions options,
                   BiFunction<String, ObjectNode, byte[]> encoder, Runnable onEnd) {
        this.registry = registry;
        this.namespace = namespace;
        this.options = options;
        this.encoder = encoder;
        this.onEnd = onEnd;
    }

    @Override
    public void onOpen(CoreSession coreSession, Callback callback) {
        this.session = coreSession;
        try {
            this.watch = registry.watch(namespace, options, this);
            callback.succeeded();
            coreSession.demand();
        } catch (RuntimeException e) {
            callback.failed(e);
            end();
        }
    }

    @Override
    public boolean send(String type, ObjectNode object) {
        CoreSession s = session;
        if (closed.get() || s == null) {
            return false;
        }
        byte[] message = encoder.apply(type, object);
        s.sendFrame(new Frame(OpCode.TEXT, ByteBuffer.wrap(message)), Callback.from(() -> {}, failure -> end()), false);
        return !closed.get();
    }

    @Override
    public void close() {
        CoreSession s = session;
        if (s != null && !closed.get()) {
            s.close(CloseStatus.NORMAL, null, Callback.NOOP);
        }
        end();
    }

    @Override
    public void onFrame(Frame frame, Callback callback) {
        callback.succeeded();
        if (frame.getOpCode() != OpCode.CLOSE) {
            session.demand();
        }
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
        log.debug("watch websocket failed: {}", cause.toString());
        end();
        callback.succeeded();
    }

    @Override
    public void onClosed(CloseStatus closeStatus, Callback callback) {
        end();
        callback.succeeded();
    }

    private void end() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        AutoCloseable w = watch;
        if (w != null) {
            try {
                w.close();
            } catch (Exception e) {
                log.debug("closing a watch failed", e);
            }
        }
        onEnd.run();
    }
}
