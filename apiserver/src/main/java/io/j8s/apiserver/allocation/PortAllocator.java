package io.j8s.apiserver.allocation;

import java.util.BitSet;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** A range of ports (NodePorts: 30000-32767) handed out at random. Thread-safe. */
public final class PortAllocator {

    private final int first;
    private final int last;
    private final BitSet used;
    private final RandomGenerator random;

    public PortAllocator(int first, int last, RandomGenerator random) {
        if (first < 1 || last > 65535 || first > last) {
            throw new IllegalArgumentException("invalid port range " + first + "-" + last);
        }
        this.first = first;
        this.last = last;
        this.used = new BitSet(last - first + 1);
        this.random = random;
    }

    /** Parses {@code 30000-32767}. */
    public static PortAllocator ofRange(String range, RandomGenerator random) {
        String[] parts = range.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a port range: " + range);
        }
        return new PortAllocator(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), random);
    }

    public String range() {
        return first + "-" + last;
    }

    public synchronized AllocationResult allocate(int port) {
        if (port < first || port > last) {
            return AllocationResult.NOT_IN_RANGE;
        }
        if (used.get(port - first)) {
            return AllocationResult.ALREADY_ALLOCATED;
        }
        used.set(port - first);
        return AllocationResult.ALLOCATED;
    }

    /** A random free port, or empty when every port is taken. */
    public synchronized Optional<Integer> allocateNext() {
        int span = last - first + 1;
        int start = random.nextInt(span);
        int offset = used.nextClearBit(start);
        if (offset >= span) {
            offset = used.nextClearBit(0);
            if (offset >= span) {
                return Optional.empty();
            }
        }
        used.set(offset);
        return Optional.of(first + offset);
    }

    public synchronized void release(int port) {
        if (port >= first && port <= last) {
            used.clear(port - first);
        }
    }

    public synchronized boolean isAllocated(int port) {
        return port >= first && port <= last && used.get(port - first);
    }
}
