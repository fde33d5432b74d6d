package io.j8s.storage;

/** A guarded write found the key at another mod revision than expected. */
public final class ConflictException extends StoreException {
    private final String key;
    private final long expected;
    private final long actual;

    public ConflictException(String key, long expected, long actual) {
        super("mod revision of " + key + " is " + actual + ", expected " + expected);
        this.key = key;
        this.expected = expected;
        this.actual = actual;
    }

    public String key() {
        return key;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
