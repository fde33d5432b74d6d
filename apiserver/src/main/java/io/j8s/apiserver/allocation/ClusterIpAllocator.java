package io.j8s.apiserver.allocation;

import java.util.BitSet;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The IPv4 addresses of a service CIDR, handed out at random. The network and broadcast addresses
 * are never used; the first address ({@code .1}) goes only to whoever asks for it by name (the
 * {@code kubernetes} Service). Thread-safe.
 */
public final class ClusterIpAllocator {

    private final String cidr;
    private final long base;
    private final int size;
    private final BitSet used;
    private final RandomGenerator random;

    /** @param cidr such as {@code 10.96.0.0/12}; prefixes from /8 to /30 */
    public ClusterIpAllocator(String cidr, RandomGenerator random) {
        String[] parts = cidr.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a CIDR: " + cidr);
        }
        int prefix = Integer.parseInt(parts[1]);
        if (prefix < 8 || prefix > 30) {
            throw new IllegalArgumentException("service CIDR prefix must be between /8 and /30: " + cidr);
        }
        long mask = (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        this.base = parse(parts[0]) & mask;
        this.size = 1 << (32 - prefix);
        this.cidr = format(base) + "/" + prefix;
        this.used = new BitSet(size);
        this.random = random;
    }

    public String cidr() {
        return cidr;
    }

    /** The first usable address of the range, for the {@code kubernetes} Service. */
    public String firstAddress() {
        return format(base + 1);
    }

    /** The first usable address of a CIDR, the {@code kubernetes} Service's ClusterIP. */
    public static String firstAddressOf(String cidr) {
        String[] parts = cidr.trim().split("/");
        int prefix = Integer.parseInt(parts[1]);
        long mask = (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return format((parse(parts[0]) & mask) + 1);
    }

    /** Marks one address used. */
    public synchronized AllocationResult allocate(String ip) {
        int offset = offset(ip);
        if (offset < 0) {
            return AllocationResult.NOT_IN_RANGE;
        }
        if (used.get(offset)) {
            return AllocationResult.ALREADY_ALLOCATED;
        }
        used.set(offset);
        return AllocationResult.ALLOCATED;
    }

    /** A random free address (never the first one), or empty when the range is full. */
    public synchronized Optional<String> allocateNext() {
        int first = 2;
        int last = size - 2;
        int span = last - first + 1;
        if (span <= 0) {
            return Optional.empty();
        }
        int start = first + random.nextInt(span);
        int offset = used.nextClearBit(start);
        if (offset > last) {
            offset = used.nextClearBit(first);
            if (offset > last) {
                return Optional.empty();
            }
        }
        used.set(offset);
        return Optional.of(format(base + offset));
    }

    public synchronized void release(String ip) {
        int offset = offset(ip);
        if (offset >= 0) {
            used.clear(offset);
        }
    }

    public synchronized boolean isAllocated(String ip) {
        int offset = offset(ip);
        return offset >= 0 && used.get(offset);
    }

    /** The offset of a usable address of the range, or -1. */
    private int offset(String ip) {
        long value;
        try {
            value = parse(ip);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        long offset = value - base;
        if (offset < 1 || offset > size - 2) {
            return -1;
        }
        return (int) offset;
    }

    static long parse(String ip) {
        String[] octets = ip.trim().split("\\.");
        if (octets.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + ip);
        }
        long value = 0;
        for (String o : octets) {
            int b;
            try {
                b = Integer.parseInt(o);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IPv4 address: " + ip, e);
            }
            if (b < 0 || b > 255 || o.isEmpty() || (o.length() > 1 && o.startsWith("0"))) {
                throw new IllegalArgumentException("not an IPv4 address: " + ip);
            }
            value = (value << 8) | b;
        }
        return value;
    }

    static String format(long value) {
        return ((value >> 24) & 0xFF) + "." + ((value >> 16) & 0xFF) + "." + ((value >> 8) & 0xFF) + "." + (value & 0xFF);
    }
}
