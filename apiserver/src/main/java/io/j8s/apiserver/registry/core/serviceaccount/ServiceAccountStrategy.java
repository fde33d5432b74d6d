package io.j8s.apiserver.registry.core.serviceaccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * ServiceAccounts, as Kubernetes' {@code serviceaccount} strategy: beyond metadata only the names
 * of referenced secrets are checked. Tokens are issued by the token subresource elsewhere.
 */
public final class ServiceAccountStrategy implements Strategy {

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>();
        for (String list : List.of("secrets", "imagePullSecrets")) {
            int i = 0;
            for (JsonNode ref : obj.path(list)) {
                FieldPath at = FieldPath.root(list).index(i++).child("name");
                String name = ref.path("name").asText("");
                if (!name.isEmpty()) {
                    NameValidator.DNS1123_SUBDOMAIN.validate(name, false).forEach(msg -> errs.add(FieldError.invalid(at.path(), name, msg)));
                }
            }
        }
        return errs;
    }
}
