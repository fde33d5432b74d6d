package io.j8s.storage;

public final class KeyExistsException extends StoreException {
    private final String key;

    public KeyExistsException(String key) {
        super("key exists: " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
