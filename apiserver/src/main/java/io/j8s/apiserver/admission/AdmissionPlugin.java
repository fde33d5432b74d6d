package io.j8s.apiserver.admission;

/**
 * One admission plugin. {@link #admit} may change the new object; {@link #validate} may only refuse.
 * Refusals are {@link io.j8s.apimachinery.api.ApiException}s. Implementations are thread-safe.
 */
public interface AdmissionPlugin {

    /** The plugin's name, as in {@code --enable-admission-plugins}. */
    String name();

    /** The mutating phase. */
    default void admit(AdmissionAttributes attributes) {}

    /** The validating phase, after every plugin's mutating phase. */
    default void validate(AdmissionAttributes attributes) {}
}
