package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.admission.UserInfo;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;

/**
 * The review kinds, answered and never stored: access reviews are allowed (there is no
 * authorization yet, so that is the truth), a SelfSubjectReview names the requesting user.
 */
final class ReviewRegistry extends CreateOnlyRegistry {

    private final ResourceDefinition definition;
    private final UserInfo user;

    ReviewRegistry(ResourceDefinition definition, UserInfo user) {
        this.definition = definition;
        this.user = user;
    }

    @Override
    public ResourceDefinition definition() {
        return definition;
    }

    @Override
    public ObjectNode create(String namespace, ObjectNode obj, RequestOptions.Write options) {
        ObjectNode review = obj.deepCopy();
        review.put("kind", definition.kind());
        review.put("apiVersion", definition.apiVersion());
        ObjectNode meta = Metadata.of(review);
        meta.remove("resourceVersion");
        meta.remove("uid");
        if (definition.kind().equals("SelfSubjectReview")) {
            ObjectNode info = review.putObject("status").putObject("userInfo");
            info.put("username", user.username());
            ArrayNode groups = info.putArray("groups");
            user.groups().forEach(groups::add);
        } else {
            ObjectNode status = review.putObject("status");
            status.put("allowed", true);
            status.put("reason", "j8s has no authorization yet: every request is allowed");
        }
        return review;
    }
}
