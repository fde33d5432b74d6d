package io.j8s.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import io.j8s.apimachinery.protobuf.KubernetesProtobuf;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTPS with client certificates, HTTP/2 by ALPN, and protobuf bodies as kubectl 1.32+ sends them. */
class ApiServerHttpsIT {

    private static TestApiServer server;

    @BeforeAll
    static void start() {
        server = TestApiServer.https();
        server.ensureNamespace("default");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesTheFabric8ClientOverHttps() {
        assertThat(server.url().getScheme()).isEqualTo("https");
        ConfigMap cm = server.client().configMaps().inNamespace("default").resource(new ConfigMapBuilder()
                .withNewMetadata().withName("tls").endMetadata().addToData("k", "v").build()).create();
        assertThat(server.client().configMaps().inNamespace("default").withName("tls").get().getData())
                .isEqualTo(cm.getData());
    }

    @Test
    void speaksHttp2WhenTheClientOffersIt() throws Exception {
        HttpResponse<String> r = server.http().send(HttpRequest.newBuilder(server.url().resolve("/version")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
    }

    @Test
    void createsFromAProtobufBody() throws Exception {
        KubernetesProtobuf protobuf = new KubernetesProtobuf();
        byte[] body = protobuf.encode(Json.readObject(("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\","
                + "\"metadata\":{\"name\":\"proto\"},\"data\":{\"k\":\"v\"}}").getBytes(StandardCharsets.UTF_8), MediaType.JSON));
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/api/v1/namespaces/default/configmaps"
                        + "?fieldManager=kubectl-create&fieldValidation=Strict"))
                .header("Content-Type", "application/vnd.kubernetes.protobuf")
                .header("Accept", "application/vnd.kubernetes.protobuf,application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> r = server.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.kubernetes.protobuf");
        assertThat(protobuf.decode(r.body()).at("/metadata/name").asText()).isEqualTo("proto");
        assertThat(server.client().configMaps().inNamespace("default").withName("proto").get().getData())
                .containsEntry("k", "v");
    }

    @Test
    void passesRegistryWarningsOnAsWarningHeaders() {
        HttpResponse<String> r = server.send("POST", "/api/v1/namespaces/default/configmaps?fieldValidation=Warn",
                "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"warned\"},\"bogus\":1}",
                "Content-Type", "application/json");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().allValues("Warning")).anySatisfy(w -> assertThat(w).startsWith("299 - \"").contains("bogus"));
    }

    @Test
    void servesOpenApiV3IndexAndDocuments() {
        HttpResponse<String> index = server.get("/openapi/v3");
        assertThat(index.statusCode()).isEqualTo(200);
        String url = Json.readTree(index.body().getBytes(StandardCharsets.UTF_8), MediaType.JSON)
                .at("/paths/apis~1apps~1v1/serverRelativeURL").asText();
        assertThat(url).startsWith("/openapi/v3/apis/apps/v1?hash=");
        HttpResponse<String> doc = server.get(url);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.headers().firstValue("Cache-Control")).hasValue("public, immutable");
        assertThat(doc.body()).contains("x-kubernetes-group-version-kind");
        assertThat(server.get("/openapi/v3/apis/apps/v1?hash=stale").statusCode()).isEqualTo(301);
        assertThat(server.get("/openapi/v2").statusCode()).isEqualTo(404);
    }
}
