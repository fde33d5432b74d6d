package io.j8s.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What kubectl asks for on the wire: Tables, aggregated discovery, version and health. */
class ApiServerNegotiationIT {

    private static final String KUBECTL_TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,"
            + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
    private static final String KUBECTL_DISCOVERY = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
            + "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

    private static TestApiServer server;

    @BeforeAll
    static void start() {
        server = TestApiServer.plainHttp();
        server.ensureNamespace("default");
        server.client().pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("p1").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build()).create();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return Json.readTree(r.body().getBytes(StandardCharsets.UTF_8), MediaType.JSON);
    }

    @Test
    void printsPodsAsTheTableKubectlShows() {
        HttpResponse<String> r = server.get("/api/v1/namespaces/default/pods?limit=500&fieldSelector=metadata.name%3Dp1",
                "Accept", KUBECTL_TABLE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;as=Table;v=v1;g=meta.k8s.io");
        JsonNode table = json(r);
        assertThat(table.path("kind").asText()).isEqualTo("Table");
        assertThat(table.path("apiVersion").asText()).isEqualTo("meta.k8s.io/v1");
        List<String> columns = new ArrayList<>();
        table.path("columnDefinitions").forEach(c -> {
            if (c.path("priority").asInt() == 0) {
                columns.add(c.path("name").asText());
            }
        });
        assertThat(columns).containsExactly("Name", "Ready", "Status", "Restarts", "Age");
        assertThat(table.path("rows")).hasSize(1);
        assertThat(table.path("rows").get(0).path("cells").get(0).asText()).isEqualTo("p1");
        assertThat(table.path("rows").get(0).path("object").path("kind").asText()).isEqualTo("PartialObjectMetadata");
    }

    @Test
    void printsOneObjectAsATableToo() {
        JsonNode table = json(server.get("/api/v1/namespaces/default/pods/p1", "Accept", KUBECTL_TABLE));
        assertThat(table.path("rows")).hasSize(1);
    }

    @Test
    void answersMetadataOnlyListsWhenAsked() {
        HttpResponse<String> r = server.get("/api/v1/namespaces/default/pods",
                "Accept", "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,application/json");
        JsonNode list = json(r);
        assertThat(list.path("kind").asText()).isEqualTo("PartialObjectMetadataList");
        assertThat(list.path("items").get(0).path("metadata").path("name").asText()).isEqualTo("p1");
        assertThat(list.path("items").get(0).has("spec")).isFalse();
    }

    @Test
    void watchesTablesWithColumnsOnlyInTheFirstEvent() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/api/v1/namespaces/default/pods?watch=true&resourceVersion=0"))
                .header("Accept", KUBECTL_TABLE).GET().build();
        HttpResponse<InputStream> response = server.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            server.client().pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("p2").endMetadata()
                    .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build()).create();
            JsonNode first = Json.readTree(lines.readLine().getBytes(StandardCharsets.UTF_8), MediaType.JSON);
            JsonNode second = Json.readTree(lines.readLine().getBytes(StandardCharsets.UTF_8), MediaType.JSON);
            assertThat(first.path("object").path("kind").asText()).isEqualTo("Table");
            assertThat(first.path("object").path("columnDefinitions")).isNotEmpty();
            assertThat(first.path("object").path("rows")).hasSize(1);
            assertThat(second.path("object").has("columnDefinitions")).isFalse();
            assertThat(second.path("object").path("rows")).hasSize(1);
        }
    }

    @Test
    void servesProtobufToClientsThatAskForIt() {
        HttpResponse<String> r = server.get("/api/v1/namespaces/default/pods/p1",
                "Accept", "application/vnd.kubernetes.protobuf,application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.kubernetes.protobuf");
        assertThat(r.body()).startsWith("k8s\u0000");
    }

    @Test
    void answersAggregatedDiscoveryWhenAskedAndLegacyOtherwise() {
        HttpResponse<String> aggregated = server.get("/apis", "Accept", KUBECTL_DISCOVERY);
        assertThat(aggregated.headers().firstValue("Content-Type"))
                .hasValue("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
        assertThat(json(aggregated).path("kind").asText()).isEqualTo("APIGroupDiscoveryList");
        assertThat(json(server.get("/api", "Accept", KUBECTL_DISCOVERY)).path("items").get(0).path("versions")).isNotEmpty();

        assertThat(json(server.get("/api")).path("kind").asText()).isEqualTo("APIVersions");
        assertThat(json(server.get("/apis")).path("kind").asText()).isEqualTo("APIGroupList");
        assertThat(json(server.get("/apis/apps")).path("kind").asText()).isEqualTo("APIGroup");
        assertThat(json(server.get("/api/v1")).path("kind").asText()).isEqualTo("APIResourceList");
        assertThat(json(server.get("/apis/apps/v1")).path("groupVersion").asText()).isEqualTo("apps/v1");
    }

    @Test
    void reportsKubernetes133AsItsVersion() {
        JsonNode version = json(server.get("/version"));
        assertThat(version.path("major").asText()).isEqualTo("1");
        assertThat(version.path("minor").asText()).isEqualTo("33");
        assertThat(version.path("gitVersion").asText()).startsWith("v1.33.");
        assertThat(version.path("platform").asText()).contains("/");
        assertThat(server.client().getKubernetesVersion().getMinor()).isEqualTo("33");
    }

    @Test
    void reportsHealthLikeKubernetes() {
        assertThat(server.get("/livez").body()).isEqualTo("ok");
        assertThat(server.get("/readyz").body()).isEqualTo("ok");
        assertThat(server.get("/healthz").body()).isEqualTo("ok");
        assertThat(server.get("/livez/ping").body()).isEqualTo("ok");
        String verbose = server.get("/readyz?verbose").body();
        assertThat(verbose).startsWith("[+]ping ok\n").contains("[+]etcd ok").endsWith("readyz check passed\n");
        assertThat(server.get("/livez/nonsense").statusCode()).isEqualTo(404);
    }
}
