package io.j8s.storage;

/** A read or watch asked for a revision whose history was compacted away (Kubernetes: 410 Expired). */
public final class CompactedException extends StoreException {
    private final long requested;
    private final long compacted;

    public CompactedException(long requested, long compacted) {
        super("required revision " + requested + " has been compacted (compacted revision " + compacted + ")");
        this.requested = requested;
        this.compacted = compacted;
    }

    public long requested() {
        return requested;
    }

    public long compacted() {
        return compacted;
    }
}
