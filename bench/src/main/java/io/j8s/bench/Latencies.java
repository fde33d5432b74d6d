package io.j8s.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as percentiles. Not thread-safe: one per thread, then merged. */
public final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    public void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.samples[i]);
        }
    }

    public int count() {
        return count;
    }

    /** The p-th percentile (0-100) in milliseconds. */
    public double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(p / 100.0 * count) - 1));
        return sorted[index] / 1_000_000.0;
    }

    public String summary() {
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms", percentileMillis(50), percentileMillis(99),
                percentileMillis(100));
    }
}
