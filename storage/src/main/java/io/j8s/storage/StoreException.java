package io.j8s.storage;

/** Why a store operation did not happen; the API server maps each to a Kubernetes Status. */
public sealed class StoreException extends RuntimeException
        permits KeyExistsException, KeyNotFoundException, ConflictException, CompactedException,
                StoreUnavailableException {

    StoreException(String message) {
        super(message);
    }

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
