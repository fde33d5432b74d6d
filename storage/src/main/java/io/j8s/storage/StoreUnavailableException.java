package io.j8s.storage;

/** The store cannot serve the request now: closed, its disk failed, or its cluster is out of reach. */
public final class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
