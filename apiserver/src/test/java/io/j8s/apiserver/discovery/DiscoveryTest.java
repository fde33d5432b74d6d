package io.j8s.apiserver.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.discovery.Discovery.AggregatedVersion;
import io.j8s.apiserver.discovery.Discovery.Root;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    private final Discovery discovery = new Discovery(BuiltinResources.all());

    @Test
    void apiVersionsListsV1AndTheServerAddress() {
        ObjectNode doc = discovery.apiVersions("10.0.0.1:6443");
        assertThat(doc.path("kind").asText()).isEqualTo("APIVersions");
        assertThat(doc.path("versions").get(0).asText()).isEqualTo("v1");
        assertThat(doc.at("/serverAddressByClientCIDRs/0/clientCIDR").asText()).isEqualTo("0.0.0.0/0");
        assertThat(doc.at("/serverAddressByClientCIDRs/0/serverAddress").asText()).isEqualTo("10.0.0.1:6443");
    }

    @Test
    void apiGroupListStartsWithAppsAndPrefersAutoscalingV2() {
        ObjectNode doc = discovery.apiGroupList();
        assertThat(doc.path("kind").asText()).isEqualTo("APIGroupList");
        assertThat(doc.at("/groups/0/name").asText()).isEqualTo("apps");
        JsonNode autoscaling = find(doc.path("groups"), "name", "autoscaling");
        assertThat(autoscaling.at("/preferredVersion/groupVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(autoscaling.at("/versions/0/version").asText()).isEqualTo("v2");
        assertThat(autoscaling.at("/versions/1/version").asText()).isEqualTo("v1");
        assertThat(names(doc.path("groups"), "name")).doesNotContain("");
    }

    @Test
    void apiGroupAnswersOnlyForServedNamedGroups() {
        assertThat(discovery.apiGroup("apps")).hasValueSatisfying(g -> {
            assertThat(g.path("kind").asText()).isEqualTo("APIGroup");
            assertThat(g.at("/preferredVersion/version").asText()).isEqualTo("v1");
        });
        assertThat(discovery.apiGroup("nope.example.com")).isEmpty();
        assertThat(discovery.apiGroup("")).isEmpty();
    }

    @Test
    void coreResourceListDescribesPodsAndTheirSubresources() {
        ObjectNode doc = discovery.apiResourceList("", "v1").orElseThrow();
        assertThat(doc.path("groupVersion").asText()).isEqualTo("v1");
        JsonNode pods = find(doc.path("resources"), "name", "pods");
        assertThat(pods.path("singularName").asText()).isEqualTo("pod");
        assertThat(pods.path("namespaced").asBoolean()).isTrue();
        assertThat(pods.path("kind").asText()).isEqualTo("Pod");
        assertThat(names(pods.path("shortNames"), null)).containsExactly("po");
        assertThat(names(pods.path("categories"), null)).containsExactly("all");
        assertThat(pods.path("storageVersionHash").asText()).isEqualTo("xPOwRZ+Yhw8=");
        assertThat(names(pods.path("verbs"), null))
                .containsExactly("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

        JsonNode eviction = find(doc.path("resources"), "name", "pods/eviction");
        assertThat(eviction.path("group").asText()).isEqualTo("policy");
        assertThat(eviction.path("version").asText()).isEqualTo("v1");
        assertThat(eviction.path("kind").asText()).isEqualTo("Eviction");
        assertThat(names(eviction.path("verbs"), null)).containsExactly("create");

        JsonNode binding = find(doc.path("resources"), "name", "pods/binding");
        assertThat(binding.has("group")).isFalse();
        assertThat(binding.path("kind").asText()).isEqualTo("Binding");

        assertThat(names(find(doc.path("resources"), "name", "pods/status").path("verbs"), null))
                .containsExactly("get", "patch", "update");
        assertThat(names(find(doc.path("resources"), "name", "pods/log").path("verbs"), null)).containsExactly("get");
        assertThat(find(doc.path("resources"), "name", "pods/exec").path("kind").asText()).isEqualTo("PodExecOptions");
        assertThat(names(find(doc.path("resources"), "name", "pods/exec").path("verbs"), null))
                .containsExactly("create", "get");
    }

    @Test
    void resourceListIsSortedByPathSoSubresourcesFollowTheirResource() {
        ObjectNode doc = discovery.apiResourceList("", "v1").orElseThrow();
        List<String> names = names(doc.path("resources"), "name");
        assertThat(names).isSorted();
        assertThat(names.get(names.indexOf("pods") + 1)).isEqualTo("pods/attach");
    }

    @Test
    void deploymentScaleIsAnAutoscalingV1Scale() {
        ObjectNode doc = discovery.apiResourceList("apps", "v1").orElseThrow();
        JsonNode scale = find(doc.path("resources"), "name", "deployments/scale");
        assertThat(scale.path("group").asText()).isEqualTo("autoscaling");
        assertThat(scale.path("version").asText()).isEqualTo("v1");
        assertThat(scale.path("kind").asText()).isEqualTo("Scale");
        assertThat(find(doc.path("resources"), "name", "deployments").path("storageVersionHash").asText())
                .isEqualTo("8aSe+NMegvE=");
    }

    @Test
    void reviewsHaveNoStorageVersionHash() {
        ObjectNode doc = discovery.apiResourceList("authorization.k8s.io", "v1").orElseThrow();
        JsonNode review = find(doc.path("resources"), "name", "selfsubjectaccessreviews");
        assertThat(review.has("storageVersionHash")).isFalse();
        assertThat(names(review.path("verbs"), null)).containsExactly("create");
    }

    @Test
    void unservedGroupVersionHasNoResourceList() {
        assertThat(discovery.apiResourceList("apps", "v1beta1")).isEmpty();
        assertThat(discovery.apiResourceList("", "v2")).isEmpty();
    }

    @Test
    void aggregatedApiHoldsOnlyTheCoreGroupWithoutAName() {
        ObjectNode doc = discovery.aggregated(Root.API, AggregatedVersion.V2);
        assertThat(doc.path("kind").asText()).isEqualTo("APIGroupDiscoveryList");
        assertThat(doc.path("apiVersion").asText()).isEqualTo("apidiscovery.k8s.io/v2");
        assertThat(doc.path("items")).hasSize(1);
        assertThat(doc.at("/items/0/metadata").has("name")).isFalse();
        JsonNode v1 = doc.at("/items/0/versions/0");
        assertThat(v1.path("version").asText()).isEqualTo("v1");
        assertThat(v1.path("freshness").asText()).isEqualTo("Current");
        JsonNode pods = find(v1.path("resources"), "resource", "pods");
        assertThat(pods.path("responseKind").toString()).isEqualTo("{\"group\":\"\",\"version\":\"v1\",\"kind\":\"Pod\"}");
        assertThat(pods.path("scope").asText()).isEqualTo("Namespaced");
        assertThat(pods.path("singularResource").asText()).isEqualTo("pod");
        JsonNode eviction = find(pods.path("subresources"), "subresource", "eviction");
        assertThat(eviction.path("responseKind").toString())
                .isEqualTo("{\"group\":\"policy\",\"version\":\"v1\",\"kind\":\"Eviction\"}");
        assertThat(find(v1.path("resources"), "resource", "nodes").path("scope").asText()).isEqualTo("Cluster");
    }

    @Test
    void aggregatedApisOrdersGroupsAsKubernetesAndPreferredVersionFirst() {
        ObjectNode doc = discovery.aggregated(Root.APIS, AggregatedVersion.V2BETA1);
        assertThat(doc.path("apiVersion").asText()).isEqualTo("apidiscovery.k8s.io/v2beta1");
        List<String> groups = new ArrayList<>();
        doc.path("items").forEach(i -> groups.add(i.at("/metadata/name").asText()));
        assertThat(groups).startsWith("apps", "events.k8s.io", "authentication.k8s.io", "authorization.k8s.io",
                "autoscaling", "batch");
        assertThat(groups).doesNotContain("");
        JsonNode autoscaling = find(doc.path("items"), "metadata", "autoscaling");
        assertThat(autoscaling.at("/versions/0/version").asText()).isEqualTo("v2");
        JsonNode deployments = find(doc.at("/items/0/versions/0/resources"), "resource", "deployments");
        assertThat(find(deployments.path("subresources"), "subresource", "scale").path("responseKind").path("group").asText())
                .isEqualTo("autoscaling");
    }

    @Test
    void etagIsStableAndChangesWithTheServedResources() {
        Discovery same = new Discovery(BuiltinResources.all());
        assertThat(same.etag(Root.APIS)).isEqualTo(discovery.etag(Root.APIS)).startsWith("\"").endsWith("\"");
        List<ResourceDefinition> more = new ArrayList<>(BuiltinResources.all());
        more.add(new ResourceDefinition("example.com", "v1", "widgets", "Widget", "widget", true, List.of(),
                List.of(), Set.of("status"), "v1", Object.class, ResourceDefinition.VERBS));
        Discovery withCrd = new Discovery(more);
        assertThat(withCrd.etag(Root.APIS)).isNotEqualTo(discovery.etag(Root.APIS));
        assertThat(withCrd.etag(Root.API)).isEqualTo(discovery.etag(Root.API));
    }

    @Test
    void customGroupsComeAfterBuiltinGroupsWithKubeAwareVersionOrder() {
        List<ResourceDefinition> more = new ArrayList<>(BuiltinResources.all());
        for (String v : List.of("v1alpha1", "v1", "v2beta1", "v1beta1")) {
            more.add(new ResourceDefinition("aaa.example.com", v, "widgets", "Widget", "widget", true, List.of(),
                    List.of(), Set.of(), "v1", Object.class, ResourceDefinition.VERBS));
        }
        ObjectNode doc = new Discovery(more).aggregated(Root.APIS, AggregatedVersion.V2);
        JsonNode last = doc.path("items").get(doc.path("items").size() - 1);
        assertThat(last.at("/metadata/name").asText()).isEqualTo("aaa.example.com");
        assertThat(names(last.path("versions"), "version")).containsExactly("v1", "v2beta1", "v1beta1", "v1alpha1");
    }

    @Test
    void cacheReturnsTheSameDiscoveryForAnEqualList() {
        DiscoveryCache cache = new DiscoveryCache();
        Discovery first = cache.of(BuiltinResources.all());
        assertThat(cache.of(BuiltinResources.all())).isSameAs(first);
        assertThat(cache.of(BuiltinResources.all().subList(0, 3))).isNotSameAs(first);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> field.equals("metadata") ? n.at("/metadata/name").asText().equals(value)
                        : n.path(field).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError(field + "=" + value + " not in " + array));
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }
}
