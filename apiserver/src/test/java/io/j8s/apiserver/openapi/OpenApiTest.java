package io.j8s.apiserver.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    private static final Pattern REF = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"");
    private static OpenApi openApi;

    @BeforeAll
    static void buildOnce() {
        // Generation walks the whole fabric8 model; one instance serves every test.
        openApi = new OpenApi(BuiltinResources.all());
    }

    private static ObjectNode doc(String path) {
        return openApi.documentTree(path).orElseThrow(() -> new AssertionError("no document " + path));
    }

    private static JsonNode schema(ObjectNode doc, String name) {
        JsonNode s = doc.at("/components/schemas").get(name);
        assertThat(s).as(name).isNotNull();
        return s;
    }

    @Test
    void indexListsEveryGroupVersionWithAHashedServerRelativeUrl() {
        JsonNode paths = openApi.index().path("paths");
        assertThat(paths.has("api/v1")).isTrue();
        assertThat(paths.has("apis/apps/v1")).isTrue();
        assertThat(paths.has("apis/autoscaling/v2")).isTrue();
        assertThat(paths.has("api")).isTrue();
        assertThat(paths.has("apis")).isTrue();
        assertThat(paths.has("apis/apps")).isTrue();
        assertThat(paths.has("version")).isTrue();
        String url = paths.at("/apis~1apps~1v1/serverRelativeURL").asText();
        assertThat(url).isEqualTo("/openapi/v3/apis/apps/v1?hash=" + openApi.hash("apis/apps/v1").orElseThrow());
        assertThat(openApi.hash("apis/apps/v1").orElseThrow()).matches("[0-9A-F]{128}");
    }

    @Test
    void documentsAreOpenApi300WithInfo() {
        ObjectNode apps = doc("apis/apps/v1");
        assertThat(apps.path("openapi").asText()).isEqualTo("3.0.0");
        assertThat(apps.at("/info/title").asText()).isEqualTo("Kubernetes");
        assertThat(openApi.document("/openapi/v3/apis/apps/v1")).isPresent();
        assertThat(openApi.document("apis/nope/v1")).isEmpty();
    }

    @Test
    void deploymentPodAndServiceSchemasCarryTheirGroupVersionKind() {
        assertThat(schema(doc("apis/apps/v1"), "io.k8s.api.apps.v1.Deployment").path("x-kubernetes-group-version-kind").toString())
                .isEqualTo("[{\"group\":\"apps\",\"kind\":\"Deployment\",\"version\":\"v1\"}]");
        ObjectNode core = doc("api/v1");
        assertThat(schema(core, "io.k8s.api.core.v1.Pod").at("/x-kubernetes-group-version-kind/0/kind").asText()).isEqualTo("Pod");
        assertThat(schema(core, "io.k8s.api.core.v1.Service").at("/x-kubernetes-group-version-kind/0/group").asText()).isEmpty();
        assertThat(schema(core, "io.k8s.api.core.v1.PodList").at("/x-kubernetes-group-version-kind/0/kind").asText()).isEqualTo("PodList");
        assertThat(schema(core, "io.k8s.api.core.v1.PodList").at("/properties/items/items/$ref").asText())
                .isEqualTo("#/components/schemas/io.k8s.api.core.v1.Pod");
    }

    @Test
    void everyRefResolvesWithinItsDocument() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (String path : openApi.paths()) {
            String text = new String(openApi.document(path).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
            JsonNode schemas = mapper.readTree(text).at("/components/schemas");
            Set<String> missing = new HashSet<>();
            Matcher m = REF.matcher(text);
            while (m.find()) {
                if (!schemas.has(m.group(1))) missing.add(m.group(1));
            }
            assertThat(missing).as(path).isEmpty();
        }
    }

    @Test
    void writeOperationsCarryActionGvkAndFieldValidation() {
        JsonNode item = doc("apis/apps/v1").at("/paths/~1apis~1apps~1v1~1namespaces~1{namespace}~1deployments~1{name}");
        for (String method : List.of("put", "patch")) {
            JsonNode op = item.path(method);
            assertThat(op.path("x-kubernetes-action").asText()).isEqualTo(method);
            assertThat(op.at("/x-kubernetes-group-version-kind/kind").asText()).isEqualTo("Deployment");
            assertThat(names(op.path("parameters"))).contains("fieldValidation", "dryRun", "fieldManager");
        }
        assertThat(item.at("/get/x-kubernetes-action").asText()).isEqualTo("get");
        assertThat(item.at("/delete/x-kubernetes-action").asText()).isEqualTo("delete");
        assertThat(item.at("/patch/requestBody/content").has("application/strategic-merge-patch+json")).isTrue();
        assertThat(item.at("/patch/requestBody/content").has("application/apply-patch+yaml")).isTrue();
        JsonNode collection = doc("apis/apps/v1").at("/paths/~1apis~1apps~1v1~1namespaces~1{namespace}~1deployments");
        assertThat(collection.at("/post/x-kubernetes-action").asText()).isEqualTo("post");
        assertThat(names(collection.at("/post/parameters"))).contains("fieldValidation");
        assertThat(collection.at("/get/x-kubernetes-action").asText()).isEqualTo("list");
        assertThat(collection.at("/delete/x-kubernetes-action").asText()).isEqualTo("deletecollection");
        assertThat(names(item.path("parameters"))).contains("name", "namespace", "pretty");
    }

    @Test
    void scaleSubresourceIsAnAutoscalingV1Scale() {
        ObjectNode apps = doc("apis/apps/v1");
        JsonNode scale = apps.at("/paths/~1apis~1apps~1v1~1namespaces~1{namespace}~1deployments~1{name}~1scale/patch");
        assertThat(scale.at("/x-kubernetes-group-version-kind/group").asText()).isEqualTo("autoscaling");
        assertThat(scale.at("/x-kubernetes-group-version-kind/kind").asText()).isEqualTo("Scale");
        assertThat(scale.at("/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/io.k8s.api.autoscaling.v1.Scale");
        schema(apps, "io.k8s.api.autoscaling.v1.Scale");
    }

    @Test
    void clusterScopedResourcesHaveNoNamespaceInTheirPaths() {
        JsonNode paths = doc("api/v1").path("paths");
        assertThat(paths.has("/api/v1/nodes/{name}")).isTrue();
        assertThat(paths.at("/~1api~1v1~1nodes/get/operationId").asText()).isEqualTo("listCoreV1Node");
        assertThat(paths.at("/~1api~1v1~1namespaces~1{namespace}~1pods/get/operationId").asText()).isEqualTo("listCoreV1NamespacedPod");
        assertThat(paths.at("/~1api~1v1~1pods/get/operationId").asText()).isEqualTo("listCoreV1PodForAllNamespaces");
    }

    @Test
    void reviewsOnlyHaveCreate() {
        JsonNode paths = doc("apis/authorization.k8s.io/v1").path("paths");
        JsonNode review = paths.path("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
        assertThat(review.at("/post/operationId").asText()).isEqualTo("createAuthorizationV1SelfSubjectAccessReview");
        assertThat(review.has("get")).isFalse();
        assertThat(paths.has("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews/{name}")).isFalse();
    }

    @Test
    void specialTypesAreNamedAndShapedAsKubernetesDoes() {
        ObjectNode core = doc("api/v1");
        assertThat(schema(core, "io.k8s.apimachinery.pkg.api.resource.Quantity").path("type").asText()).isEqualTo("string");
        JsonNode intOrString = schema(core, "io.k8s.apimachinery.pkg.util.intstr.IntOrString");
        assertThat(intOrString.path("format").asText()).isEqualTo("int-or-string");
        assertThat(schema(core, "io.k8s.apimachinery.pkg.apis.meta.v1.Time").path("format").asText()).isEqualTo("date-time");
        assertThat(schema(core, "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta").at("/properties/creationTimestamp/$ref").asText())
                .endsWith("io.k8s.apimachinery.pkg.apis.meta.v1.Time");
        assertThat(schema(core, "io.k8s.api.core.v1.ResourceRequirements").at("/properties/limits/additionalProperties/$ref").asText())
                .endsWith("io.k8s.apimachinery.pkg.api.resource.Quantity");
        assertThat(schema(core, "io.k8s.api.core.v1.Container").at("/properties/ports/items/$ref").asText())
                .endsWith("io.k8s.api.core.v1.ContainerPort");
        assertThat(schema(core, "io.k8s.api.core.v1.ContainerPort").at("/properties/containerPort/format").asText()).isEqualTo("int32");
        assertThat(schema(doc("apis/coordination.k8s.io/v1"), "io.k8s.api.coordination.v1.LeaseSpec")
                .at("/properties/renewTime/$ref").asText()).endsWith("io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime");
    }

    @Test
    void listsMergeByTheirPatchKeysAndRequiredFieldsAreMarked() {
        ObjectNode core = doc("api/v1");
        JsonNode containers = schema(core, "io.k8s.api.core.v1.PodSpec").at("/properties/containers");
        assertThat(containers.path("x-kubernetes-patch-merge-key").asText()).isEqualTo("name");
        assertThat(containers.path("x-kubernetes-patch-strategy").asText()).isEqualTo("merge");
        assertThat(containers.path("x-kubernetes-list-type").asText()).isEqualTo("map");
        JsonNode ports = schema(core, "io.k8s.api.core.v1.Container").at("/properties/ports");
        assertThat(ports.path("x-kubernetes-patch-merge-key").asText()).isEqualTo("containerPort");
        assertThat(names(ports.path("x-kubernetes-list-map-keys"), null)).containsExactly("containerPort", "protocol");
        assertThat(names(schema(core, "io.k8s.api.core.v1.PodSpec").path("required"), null)).containsExactly("containers");
        JsonNode strategy = schema(doc("apis/apps/v1"), "io.k8s.api.apps.v1.DeploymentSpec").at("/properties/strategy");
        assertThat(strategy.path("x-kubernetes-patch-strategy").asText()).isEqualTo("retainKeys");
        assertThat(strategy.at("/allOf/0/$ref").asText()).endsWith("io.k8s.api.apps.v1.DeploymentStrategy");
    }

    @Test
    void patchStrategiesComeFromTheGivenSeam() {
        PatchStrategies none = (owner, property) -> Optional.empty();
        OpenApi plain = new OpenApi(BuiltinResources.all().stream().filter(d -> d.group().equals("coordination.k8s.io")).toList(),
                none, CustomResourceSchemas.NONE, "v1.33.0");
        JsonNode refs = plain.documentTree("apis/coordination.k8s.io/v1").orElseThrow()
                .at("/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta/properties/ownerReferences");
        assertThat(refs.has("x-kubernetes-patch-merge-key")).isFalse();
    }

    @Test
    void customResourcesGetTheirDeclaredSchemaWithMetadataAndGvk() {
        List<ResourceDefinition> defs = new ArrayList<>();
        defs.add(new ResourceDefinition("example.com", "v1", "widgets", "Widget", "widget", true, List.of(), List.of(),
                Set.of("status"), "v1", io.fabric8.kubernetes.api.model.GenericKubernetesResource.class, ResourceDefinition.VERBS));
        ObjectNode declared = new ObjectMapper().createObjectNode().put("type", "object");
        declared.putObject("properties").putObject("spec").put("type", "object")
                .putObject("properties").putObject("size").put("type", "integer");
        OpenApi withCrd = new OpenApi(defs, new PatchMetaStrategies(), d -> Optional.of(declared), "v1.33.0");
        ObjectNode doc = withCrd.documentTree("apis/example.com/v1").orElseThrow();
        JsonNode widget = schema(doc, "com.example.v1.Widget");
        assertThat(widget.at("/properties/spec/properties/size/type").asText()).isEqualTo("integer");
        assertThat(widget.at("/properties/metadata/$ref").asText()).endsWith("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
        assertThat(widget.at("/x-kubernetes-group-version-kind/0/kind").asText()).isEqualTo("Widget");
        assertThat(schema(doc, "com.example.v1.WidgetList").at("/x-kubernetes-group-version-kind/0/kind").asText()).isEqualTo("WidgetList");
        assertThat(doc.at("/paths/~1apis~1example.com~1v1~1namespaces~1{namespace}~1widgets~1{name}~1status/patch/x-kubernetes-action").asText())
                .isEqualTo("patch");
        assertThat(declared.at("/properties/metadata").isMissingNode()).isTrue();
    }

    @Test
    void kindsAndTheirCommonFieldsAreDescribedWithReferencesWrappedInAllOf() {
        JsonNode deployment = schema(doc("apis/apps/v1"), "io.k8s.api.apps.v1.Deployment");
        assertThat(deployment.path("description").asText()).startsWith("Deployment enables declarative updates");
        assertThat(deployment.at("/properties/spec/description").asText()).startsWith("Specification of the desired behavior of the deployment");
        assertThat(deployment.at("/properties/spec/allOf/0/$ref").asText()).endsWith("io.k8s.api.apps.v1.DeploymentSpec");
        assertThat(deployment.at("/properties/spec").has("$ref")).isFalse();
        assertThat(deployment.at("/properties/kind/description").asText()).startsWith("Kind is a string value");
        JsonNode list = schema(doc("apis/apps/v1"), "io.k8s.api.apps.v1.DeploymentList");
        assertThat(list.at("/properties/metadata/description").asText()).startsWith("Standard list metadata");
    }

    @Test
    void hashesAreStableAndChangeOnlyWithTheirGroupVersion() {
        OpenApi again = new OpenApi(BuiltinResources.all());
        assertThat(again.hash("api/v1")).isEqualTo(openApi.hash("api/v1"));
        List<ResourceDefinition> fewer = BuiltinResources.all().stream().filter(d -> !d.resource().equals("leases")).toList();
        OpenApi withoutLeases = new OpenApi(fewer);
        assertThat(withoutLeases.hash("api/v1")).isEqualTo(openApi.hash("api/v1"));
        assertThat(withoutLeases.hash("apis/coordination.k8s.io/v1")).isEmpty();
        OpenApi otherVersion = new OpenApi(BuiltinResources.all(), new PatchMetaStrategies(), CustomResourceSchemas.NONE, "v1.34.0");
        assertThat(otherVersion.hash("api/v1")).isNotEqualTo(openApi.hash("api/v1"));
        assertThat(openApi.document("/openapi/v3/api/v1?hash=" + openApi.hash("api/v1").orElseThrow())).isPresent();
    }

    @Test
    void cacheBuildsOncePerDistinctDefinitionList() {
        OpenApiCache cache = new OpenApiCache();
        List<ResourceDefinition> leases = BuiltinResources.all().stream().filter(d -> d.resource().equals("leases")).toList();
        OpenApi first = cache.of(leases);
        assertThat(cache.of(List.copyOf(leases))).isSameAs(first);
        assertThat(cache.of(BuiltinResources.all().subList(0, 1))).isNotSameAs(first);
    }

    private static List<String> names(JsonNode params) {
        return names(params, "name");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }
}
