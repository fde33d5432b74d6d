package io.j8s.apiserver.admission;

import java.util.List;

/** Plugins in order: every plugin's mutating phase, then every plugin's validating phase. Thread-safe. */
public final class AdmissionChain {

    private final List<AdmissionPlugin> plugins;

    public AdmissionChain(List<AdmissionPlugin> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    /** A chain that admits everything. */
    public static AdmissionChain empty() {
        return new AdmissionChain(List.of());
    }

    public void admit(AdmissionAttributes attributes) {
        for (AdmissionPlugin plugin : plugins) {
            plugin.admit(attributes);
        }
    }

    public void validate(AdmissionAttributes attributes) {
        for (AdmissionPlugin plugin : plugins) {
            plugin.validate(attributes);
        }
    }

    public List<AdmissionPlugin> plugins() {
        return plugins;
    }
}
