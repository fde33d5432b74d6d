package io.j8s.apiserver.http;

import io.j8s.apimachinery.api.ApiException;
import io.j8s.storage.CompactedException;
import io.j8s.storage.ConflictException;
import io.j8s.storage.KeyExistsException;
import io.j8s.storage.KeyNotFoundException;
import io.j8s.storage.StoreException;
import io.j8s.storage.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever a request threw into the {@link ApiException} the client sees. API errors pass
 * through; store errors the registry let escape get their Kubernetes status; anything else is a
 * 500 whose details stay in the server log, never in the response.
 */
final class FailureTranslator {

    private static final Logger log = LoggerFactory.getLogger(FailureTranslator.class);

    ApiException translate(Throwable failure, String method, String path) {
        if (failure instanceof ApiException api) {
            return api;
        }
        if (failure instanceof StoreException store) {
            return fromStore(store);
        }
        log.error("unexpected failure serving {} {}", method, path, failure);
        return ApiException.internal("an error on the server has prevented the request from succeeding");
    }

    private static ApiException fromStore(StoreException e) {
        return switch (e) {
            case CompactedException c -> ApiException.expired(
                    "too old resource version: " + c.requested() + " (" + c.compacted() + ")");
            case StoreUnavailableException u -> ApiException.serviceUnavailable("storage is unavailable: " + u.getMessage());
            case KeyNotFoundException n -> ApiException.of(404, "NotFound", "the server could not find the requested resource", null);
            case KeyExistsException x -> ApiException.of(409, "AlreadyExists", "the object already exists", null);
            case ConflictException c -> ApiException.of(409, "Conflict",
                    "the object has been modified; please apply your changes to the latest version and try again", null);
            default -> ApiException.internal("storage error");
        };
    }
}
