package io.j8s.apiserver.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class StrategiesTest {

    @Test
    void givesEveryBuiltinResourceAStrategy() {
        for (ResourceDefinition def : BuiltinResources.all()) {
            assertThat(Strategies.forResource(def)).as(def.resource()).isNotNull();
        }
    }

    @Test
    void validatesMetadataOfEveryResource() {
        ResourceDefinition leases = BuiltinResources.all().stream().filter(d -> d.resource().equals("leases")).findFirst().orElseThrow();
        ObjectNode lease = Json.object().put("apiVersion", "coordination.k8s.io/v1").put("kind", "Lease");
        lease.putObject("metadata").put("name", "Bad_Name").put("namespace", "default");

        assertThat(Strategies.forResource(leases).validate(lease)).extracting(FieldError::field).contains("metadata.name");
    }

    @Test
    void reportsUnknownFieldsOfEveryResource() {
        ResourceDefinition roles = BuiltinResources.all().stream().filter(d -> d.resource().equals("clusterroles")).findFirst().orElseThrow();
        ObjectNode role = Json.toTree(new ClusterRoleBuilder().withNewMetadata().withName("r").endMetadata().addNewRule()
                .withVerbs("get").endRule().build());
        ((ObjectNode) role.at("/rules/0")).put("verbz", "x");

        assertThat(Strategies.forResource(roles).unknownFields(role)).containsExactly("rules[0].verbz");
    }

    @Test
    void asksNoNameOfReviews() {
        ResourceDefinition reviews = BuiltinResources.all().stream().filter(d -> d.resource().equals("selfsubjectaccessreviews"))
                .findFirst().orElseThrow();
        ObjectNode review = Json.object().put("apiVersion", "authorization.k8s.io/v1").put("kind", "SelfSubjectAccessReview");
        review.putObject("spec").putObject("resourceAttributes").put("verb", "get").put("resource", "pods");

        assertThat(Strategies.forResource(reviews).validate(review)).isEmpty();
    }
}
