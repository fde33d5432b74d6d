package io.j8s.apiserver.http;

import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.admission.UserInfo;
import io.j8s.apiserver.registry.RequestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.server.WebSocketMappings;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;

/**
 * One request and its response, as the handlers see it: blocking reads and writes on the
 * caller's virtual thread, warnings collected until the headers are sent. Not thread-safe except
 * {@link #warnings()}, which the registry may call from any thread before the response is written.
 */
final class Exchange {

    /** Kubernetes' {@code MaxRequestBodyBytes}: 3 MiB. */
    static final int MAX_BODY_BYTES = 3 * 1024 * 1024;

    /** The request attribute holding the authenticated {@link UserInfo}. */
    static final String USER_ATTRIBUTE = "io.j8s.apiserver.user";

    private final Request request;
    private final Response response;
    private final QueryParameters query;
    private final List<String> warnings = new ArrayList<>();
    private final Callback callback;
    private boolean upgraded;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.query = QueryParameters.parse(request.getHttpURI().getQuery());
    }

    Request request() {
        return request;
    }

    Response response() {
        return response;
    }

    String method() {
        return request.getMethod();
    }

    String path() {
        String p = request.getHttpURI().getDecodedPath();
        return p == null ? "/" : p;
    }

    QueryParameters query() {
        return query;
    }

    String header(HttpHeader name) {
        return request.getHeaders().get(name);
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    UserInfo user() {
        return (UserInfo) request.getAttribute(USER_ATTRIBUTE);
    }

    /** Collects 299 warnings for the {@code Warning} response headers. */
    RequestOptions.Warnings warnings() {
        return text -> {
            synchronized (warnings) {
                if (!warnings.contains(text)) {
                    warnings.add(text);
                }
            }
        };
    }

    /** The whole request body, at most {@link #MAX_BODY_BYTES}; more is 413 Request Entity Too Large. */
    byte[] body() {
        long declared = request.getLength();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("unable to read the request body: " + e.getMessage());
        }
    }

    private static ApiException tooLarge() {
        return ApiException.tooLarge("Request entity too large: limit is " + MAX_BODY_BYTES);
    }

    /** Sends a complete response. */
    void send(int status, String contentType, byte[] body) {
        begin(status, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        write(body, true);
    }

    /** Sends a Kubernetes {@code Status} as JSON with its code as the HTTP status. */
    void sendStatus(ApiException e) {
        send(e.code(), ResponseFormat.JSON, Json.write(Json.toTree(e.status())));
    }

    /** Sets the status and headers of a response whose body follows in one or more writes. */
    void begin(int status, String contentType) {
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        if (!response.getHeaders().contains(HttpHeader.CACHE_CONTROL)) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache, private");
        }
        synchronized (warnings) {
            for (String w : warnings) {
                response.getHeaders().add(new HttpField(HttpHeader.WARNING, "299 - \"" + w.replace("\"", "\\\"") + "\""));
            }
        }
    }

    /**
     * Upgrades the connection to WebSocket; the upgrade then owns the response. False when the
     * request is not a valid upgrade.
     */
    boolean upgrade(WebSocketMappings mappings, WebSocketNegotiator negotiator) {
        upgraded = mappings.upgrade(negotiator, request, response, callback, null);
        return upgraded;
    }

    /** Whether the response was handed to a WebSocket upgrade, which completes it. */
    boolean upgraded() {
        return upgraded;
    }

    boolean committed() {
        return response.isCommitted();
    }

    /** Writes and flushes part of the body, blocking until the bytes are sent. */
    void write(byte[] bytes, boolean last) {
        try {
            Content.Sink.write(response, last, ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
