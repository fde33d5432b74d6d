package io.j8s.apiserver.http;

import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.Registries;
import io.j8s.storage.Store;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.server.WebSocketMappings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API server's one Jetty handler: authenticates, routes each path to its endpoint and turns
 * every failure into a {@code Status} response. Runs each request on a virtual thread and blocks
 * it freely. Thread-safe.
 */
public final class ApiHandler extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    /**
     * The request attribute holding the requesting {@link io.j8s.apiserver.admission.UserInfo}: the
     * client certificate's CN and O entries, else {@code system:anonymous}. Not enforced yet.
     */
    public static final String USER_ATTRIBUTE = Exchange.USER_ATTRIBUTE;

    private final RouteParser routes = new RouteParser();
    private final ClientCertificateAuthenticator authenticator = new ClientCertificateAuthenticator();
    private final FailureTranslator failures = new FailureTranslator();
    private final VersionEndpoint version = new VersionEndpoint();
    private final HealthEndpoint health;
    private final DiscoveryEndpoint discovery;
    private final OpenApiEndpoint openApi;
    private final ResourceHandler resources;
    private final WatchHandler watches;

    /**
     * @param registries the served resources
     * @param store the store, for health checks
     * @param protobuf the protobuf codec, or {@link ProtobufCodec#NONE}
     * @param converter the Table and metadata conversions
     * @param openApi the OpenAPI documents
     * @param random the source of watch timeouts
     * @param shuttingDown whether the server is shutting down, for {@code /readyz}
     */
    ApiHandler(Registries registries, Store store, ProtobufCodec protobuf, ObjectConverter converter,
               OpenApiEndpoint openApi, RandomGenerator random, BooleanSupplier shuttingDown) {
        super(InvocationType.BLOCKING);
        ResponseEncoder encoder = new ResponseEncoder(protobuf, converter);
        WebSocketComponents webSockets = new WebSocketComponents();
        addBean(webSockets);
        this.watches = new WatchHandler(encoder, protobuf, random, new WebSocketMappings(webSockets));
        this.resources = new ResourceHandler(registries, new BodyDecoder(protobuf), encoder, watches);
        this.discovery = new DiscoveryEndpoint(registries);
        this.health = new HealthEndpoint(store, shuttingDown);
        this.openApi = openApi;
    }

    /** Ends every open watch; their responses complete. */
    public void closeWatches() {
        watches.closeAll();
    }

    /** How many watches are streaming now. */
    public int openWatches() {
        return watches.openWatches();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange ex = new Exchange(request, response, callback);
        request.setAttribute(Exchange.USER_ATTRIBUTE, authenticator.authenticate(request));
        String auditId = request.getHeaders().get("Audit-Id");
        response.getHeaders().put("Audit-Id", auditId == null || auditId.isBlank() ? UUID.randomUUID().toString() : auditId);
        try {
            dispatch(ex, routes.parse(ex.path()));
            if (!ex.upgraded()) {
                callback.succeeded();
            }
        } catch (Throwable t) {
            fail(ex, callback, t);
        }
        return true;
    }

    private void dispatch(Exchange ex, Route route) {
        switch (route) {
            case Route.Resource r -> resources.serve(ex, r);
            case Route.Version v -> version.serve(ex);
            case Route.Health h -> health.serve(ex, h);
            case Route.OpenApiV3 o -> openApi.serveV3(ex, o.path());
            case Route.OpenApiV2 o -> openApi.serveV2(ex);
            case Route.CoreVersions r -> discovery.serve(ex, r);
            case Route.GroupList r -> discovery.serve(ex, r);
            case Route.Group r -> discovery.serve(ex, r);
            case Route.ResourceList r -> discovery.serve(ex, r);
            case Route.Unknown u -> throw PathErrors.notFound();
        }
    }

    /** Reads what is left of the request body, unless it is the oversized body that caused the error. */
    private static boolean drained(Exchange ex, ApiException error) {
        if (error.code() == 413) {
            return false;
        }
        try {
            Content.Source.consumeAll(ex.request());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private void fail(Exchange ex, Callback callback, Throwable t) {
        if (t instanceof java.io.UncheckedIOException io) {
            // the client went away mid-response: nothing left to tell it
            log.debug("{} {}: {}", ex.method(), ex.path(), io.getMessage());
            callback.failed(io.getCause());
            return;
        }
        ApiException error = failures.translate(t, ex.method(), ex.path());
        if (ex.committed()) {
            log.warn("{} {} failed after the response started: {}", ex.method(), ex.path(), error.getMessage());
            callback.failed(t);
            return;
        }
        try {
            String auditId = ex.response().getHeaders().get("Audit-Id");
            ex.response().reset();
            ex.response().getHeaders().put("Audit-Id", auditId);
            if (!drained(ex, error)) {
                // an unread body would be taken for the next request on this connection
                ex.response().getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            ex.sendStatus(error);
            callback.succeeded();
        } catch (Throwable secondary) {
            callback.failed(secondary);
        }
    }
}
