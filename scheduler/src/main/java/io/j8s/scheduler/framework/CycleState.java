package io.j8s.scheduler.framework;

import java.util.HashMap;
import java.util.Map;

/**
 * Data plugins share within one scheduling cycle of one pod, keyed by a plugin-chosen string.
 * Not thread-safe: a cycle runs on one thread; preemption works on a {@link #copy()}.
 */
public final class CycleState {

    /** State a plugin keeps; copied when preemption simulates removing pods. */
    public interface StateData {
        StateData copy();
    }

    private final Map<String, StateData> data;

    public CycleState() {
        this.data = new HashMap<>();
    }

    private CycleState(Map<String, StateData> data) {
        this.data = data;
    }

    public void write(String key, StateData value) {
        data.put(key, value);
    }

    @SuppressWarnings("unchecked")
    public <T extends StateData> T read(String key) {
        return (T) data.get(key);
    }

    public CycleState copy() {
        Map<String, StateData> copied = new HashMap<>();
        data.forEach((k, v) -> copied.put(k, v.copy()));
        return new CycleState(copied);
    }
}
