package io.j8s.apiserver.registry.core.persistentvolume;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import java.util.ArrayList;
import java.util.List;

/** Access modes and volume modes of volumes and claims, as Kubernetes validates them. */
public final class AccessModes {

    private AccessModes() {}

    public static final List<String> SUPPORTED = List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
    private static final List<String> VOLUME_MODES = List.of("Block", "Filesystem");

    /** At least one supported mode, ReadWriteOncePod alone; {@code requiredDetail} words the missing case. */
    public static List<FieldError> validate(JsonNode modes, FieldPath path, String requiredDetail) {
        List<FieldError> errs = new ArrayList<>();
        if (modes.isEmpty()) {
            errs.add(FieldError.required(path.path(), requiredDetail));
            return errs;
        }
        boolean oncePod = false;
        for (JsonNode m : modes) {
            String mode = m.asText("");
            if (!SUPPORTED.contains(mode)) {
                errs.add(FieldError.notSupported(path.path(), mode, SUPPORTED));
            }
            oncePod |= mode.equals("ReadWriteOncePod");
        }
        if (oncePod && modes.size() > 1) {
            errs.add(FieldError.forbidden(path.path(), "may not use ReadWriteOncePod with other access modes"));
        }
        return errs;
    }

    /** Block or Filesystem when set. */
    public static List<FieldError> volumeMode(JsonNode mode, FieldPath path) {
        String m = mode.asText("");
        if (mode.isMissingNode() || mode.isNull() || VOLUME_MODES.contains(m)) {
            return List.of();
        }
        return List.of(FieldError.notSupported(path.path(), m, VOLUME_MODES));
    }
}
