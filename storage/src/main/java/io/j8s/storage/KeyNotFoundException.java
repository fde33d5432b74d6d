package io.j8s.storage;

public final class KeyNotFoundException extends StoreException {
    private final String key;

    public KeyNotFoundException(String key) {
        super("key not found: " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
