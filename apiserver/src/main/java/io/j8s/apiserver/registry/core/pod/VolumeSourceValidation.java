package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apiserver.registry.core.ResourceValidation;
import java.util.ArrayList;
import java.util.List;

/** The required parts of the common volume sources, as Kubernetes' {@code validateVolumeSource}. */
final class VolumeSourceValidation {

    private VolumeSourceValidation() {}

    private static final String FILE_MODE = "must be a number between 0 and 0777 (octal), both inclusive";

    static List<FieldError> validate(JsonNode v, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        required(v.path("hostPath"), "path", path.child("hostPath"), errs);
        required(v.path("secret"), "secretName", path.child("secret"), errs);
        required(v.path("configMap"), "name", path.child("configMap"), errs);
        required(v.path("persistentVolumeClaim"), "claimName", path.child("persistentVolumeClaim"), errs);
        required(v.path("nfs"), "server", path.child("nfs"), errs);
        required(v.path("nfs"), "path", path.child("nfs"), errs);
        required(v.path("csi"), "driver", path.child("csi"), errs);
        for (String source : List.of("secret", "configMap", "downwardAPI", "projected")) {
            JsonNode mode = v.path(source).path("defaultMode");
            if (mode.isNumber() && (mode.asLong() < 0 || mode.asLong() > 0777)) {
                errs.add(FieldError.invalid(path.child(source, "defaultMode").path(), mode.asLong(), FILE_MODE));
            }
            int i = 0;
            for (JsonNode item : v.path(source).path("items")) {
                FieldPath at = path.child(source, "items").index(i++);
                if (!source.equals("downwardAPI")) {
                    required(item, "key", at, errs);
                }
                required(item, "path", at, errs);
                String p = item.path("path").asText("");
                if (p.startsWith("/")) {
                    errs.add(FieldError.invalid(at.child("path").path(), p, "must be a relative path"));
                } else if (List.of(p.split("/")).contains("..")) {
                    errs.add(FieldError.invalid(at.child("path").path(), p, "must not contain '..'"));
                }
            }
        }
        JsonNode sizeLimit = v.path("emptyDir").path("sizeLimit");
        if (!sizeLimit.isMissingNode() && !sizeLimit.isNull()) {
            errs.addAll(ResourceValidation.validQuantity(sizeLimit, path.child("emptyDir", "sizeLimit")));
        }
        return errs;
    }

    private static void required(JsonNode source, String field, FieldPath path, List<FieldError> errs) {
        if (!source.isMissingNode() && !source.isNull() && source.path(field).asText("").isEmpty()) {
            errs.add(FieldError.required(path.child(field).path(), ""));
        }
    }
}
