package io.j8s.scheduler.framework;

import io.j8s.apimachinery.quantity.Quantity;
import java.util.HashMap;
import java.util.Map;

/**
 * An amount of each resource a pod requests or a node offers: millicores, bytes, pod slots and
 * extended (scalar) resources such as {@code nvidia.com/gpu}. Mutable; not thread-safe.
 */
public final class Resource {

    public static final String CPU = "cpu";
    public static final String MEMORY = "memory";
    public static final String EPHEMERAL_STORAGE = "ephemeral-storage";
    public static final String PODS = "pods";

    private long milliCpu;
    private long memory;
    private long ephemeralStorage;
    private long allowedPodNumber;
    private final Map<String, Long> scalar = new HashMap<>();

    public static Resource of(Map<String, io.fabric8.kubernetes.api.model.Quantity> list) {
        Resource r = new Resource();
        if (list != null) {
            list.forEach((name, q) -> r.add(name, q));
        }
        return r;
    }

    /** Adds one named quantity, routing it to the right field. */
    public void add(String name, io.fabric8.kubernetes.api.model.Quantity q) {
        Quantity quantity = Quantity.of(q);
        switch (name) {
            case CPU -> milliCpu += quantity.milliValue();
            case MEMORY -> memory += quantity.value();
            case EPHEMERAL_STORAGE -> ephemeralStorage += quantity.value();
            case PODS -> allowedPodNumber += quantity.value();
            default -> {
                if (isScalar(name)) {
                    scalar.merge(name, quantity.value(), Long::sum);
                }
            }
        }
    }

    /** Extended resources, hugepages and attachable volumes are counted; other names are ignored. */
    static boolean isScalar(String name) {
        return name.contains("/") || name.startsWith("hugepages-");
    }

    public void add(Resource other) {
        milliCpu += other.milliCpu;
        memory += other.memory;
        ephemeralStorage += other.ephemeralStorage;
        allowedPodNumber += other.allowedPodNumber;
        other.scalar.forEach((k, v) -> scalar.merge(k, v, Long::sum));
    }

    public void subtract(Resource other) {
        milliCpu -= other.milliCpu;
        memory -= other.memory;
        ephemeralStorage -= other.ephemeralStorage;
        allowedPodNumber -= other.allowedPodNumber;
        other.scalar.forEach((k, v) -> scalar.merge(k, -v, Long::sum));
    }

    /** Raises each amount to at least the other's, for the init-container max rule. */
    public void setMax(Resource other) {
        milliCpu = Math.max(milliCpu, other.milliCpu);
        memory = Math.max(memory, other.memory);
        ephemeralStorage = Math.max(ephemeralStorage, other.ephemeralStorage);
        allowedPodNumber = Math.max(allowedPodNumber, other.allowedPodNumber);
        other.scalar.forEach((k, v) -> scalar.merge(k, v, Math::max));
    }

    public Resource copy() {
        Resource r = new Resource();
        r.add(this);
        return r;
    }

    /** The amount of a resource by its Kubernetes name (cpu in millicores). */
    public long get(String name) {
        return switch (name) {
            case CPU -> milliCpu;
            case MEMORY -> memory;
            case EPHEMERAL_STORAGE -> ephemeralStorage;
            case PODS -> allowedPodNumber;
            default -> scalar.getOrDefault(name, 0L);
        };
    }

    public long milliCpu() {
        return milliCpu;
    }

    public long memory() {
        return memory;
    }

    public long ephemeralStorage() {
        return ephemeralStorage;
    }

    public long allowedPodNumber() {
        return allowedPodNumber;
    }

    public Map<String, Long> scalar() {
        return scalar;
    }

    public void setMilliCpu(long v) {
        milliCpu = v;
    }

    public void setMemory(long v) {
        memory = v;
    }

    @Override
    public String toString() {
        return "cpu=" + milliCpu + "m memory=" + memory + " ephemeral-storage=" + ephemeralStorage
                + " pods=" + allowedPodNumber + " " + scalar;
    }
}
