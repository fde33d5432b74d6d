package io.j8s.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error reaches the client as a Kubernetes Status with the code and reason Kubernetes uses. */
class ApiServerErrorsIT {

    private static final String CM = "/api/v1/namespaces/default/configmaps";
    private static TestApiServer server;

    @BeforeAll
    static void start() {
        server = TestApiServer.plainHttp();
        server.ensureNamespace("default");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode status(HttpResponse<String> r, int code, String reason) {
        assertThat(r.statusCode()).isEqualTo(code);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = Json.readTree(r.body().getBytes(StandardCharsets.UTF_8), MediaType.JSON);
        assertThat(body.path("kind").asText()).isEqualTo("Status");
        assertThat(body.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(body.path("status").asText()).isEqualTo("Failure");
        assertThat(body.path("code").asInt()).isEqualTo(code);
        assertThat(body.path("reason").asText()).isEqualTo(reason);
        return body;
    }

    private static String cm(String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"}}";
    }

    @Test
    void answersUnknownPathsWithNotFound() {
        JsonNode body = status(server.get("/nothing/here"), 404, "NotFound");
        assertThat(body.path("message").asText()).isEqualTo("the server could not find the requested resource");
        status(server.get("/api/v1/namespaces/default/widgets"), 404, "NotFound");
        status(server.get("/apis/nogroup/v1/things"), 404, "NotFound");
    }

    @Test
    void answersAMissingObjectWithItsName() {
        JsonNode body = status(server.get(CM + "/absent"), 404, "NotFound");
        assertThat(body.path("message").asText()).isEqualTo("configmaps \"absent\" not found");
    }

    @Test
    void answersADuplicateWithAlreadyExists() {
        assertThat(server.send("POST", CM, cm("dup"), "Content-Type", "application/json").statusCode()).isEqualTo(201);
        status(server.send("POST", CM, cm("dup"), "Content-Type", "application/json"), 409, "AlreadyExists");
    }

    @Test
    void answersAnInvalidObjectWith422() {
        JsonNode body = status(server.send("POST", CM, cm("Not_Valid"), "Content-Type", "application/json"), 422, "Invalid");
        assertThat(body.path("details").path("causes")).isNotEmpty();
    }

    @Test
    void answersMalformedJsonWithBadRequest() {
        status(server.send("POST", CM, "{not json", "Content-Type", "application/json"), 400, "BadRequest");
    }

    @Test
    void rejectsANamespaceThatDiffersFromThePath() {
        String body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\",\"namespace\":\"other\"}}";
        JsonNode status = status(server.send("POST", CM, body, "Content-Type", "application/json"), 400, "BadRequest");
        assertThat(status.path("message").asText())
                .isEqualTo("the namespace of the provided object does not match the namespace sent on the request");
    }

    @Test
    void rejectsANameThatDiffersFromThePathOnUpdate() {
        status(server.send("PUT", CM + "/a", cm("b"), "Content-Type", "application/json"), 400, "BadRequest");
    }

    @Test
    void rejectsBodiesOverThreeMebibytes() {
        String big = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"big\"},\"data\":{\"k\":\""
                + "x".repeat(3 * 1024 * 1024) + "\"}}";
        status(server.send("POST", CM, big, "Content-Type", "application/json"), 413, "RequestEntityTooLarge");
    }

    @Test
    void rejectsUnknownBodyFormatsWith415() {
        status(server.send("POST", CM, cm("x"), "Content-Type", "text/plain"), 415, "UnsupportedMediaType");
        status(server.send("PATCH", CM + "/x", "{}", "Content-Type", "application/json"), 415, "UnsupportedMediaType");
    }

    @Test
    void rejectsUnacceptableResponseTypesWith406() {
        status(server.get(CM, "Accept", "text/html"), 406, "NotAcceptable");
    }

    @Test
    void rejectsUnservedMethodsWith405() {
        status(server.send("PUT", CM, cm("x"), "Content-Type", "application/json"), 405, "MethodNotAllowed");
        status(server.send("POST", "/api/v1/pods", cm("x"), "Content-Type", "application/json"), 405, "MethodNotAllowed");
    }

    @Test
    void rejectsAnUnsupportedDryRun() {
        status(server.send("POST", CM + "?dryRun=Maybe", cm("x"), "Content-Type", "application/json"), 422, "Invalid");
    }

    @Test
    void acceptsYamlBodiesAndAnswersYaml() {
        HttpResponse<String> r = server.send("POST", CM, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: yaml\ndata:\n  k: v\n",
                "Content-Type", "application/yaml", "Accept", "application/yaml");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/yaml");
        assertThat(r.body()).contains("name: yaml");
    }

    @Test
    void doesNotPersistADryRunCreate() {
        assertThat(server.send("POST", CM + "?dryRun=All", cm("dry"), "Content-Type", "application/json").statusCode())
                .isEqualTo(201);
        status(server.get(CM + "/dry"), 404, "NotFound");
    }

    @Test
    void deletesWithOptionsInTheBodyAndAnswersAStatus() {
        server.send("POST", CM, cm("gone"), "Content-Type", "application/json");
        HttpResponse<String> r = server.send("DELETE", CM + "/gone",
                "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Background\"}",
                "Content-Type", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = Json.readTree(r.body().getBytes(StandardCharsets.UTF_8), MediaType.JSON);
        assertThat(body.path("status").asText()).isEqualTo("Success");
        assertThat(body.path("details").path("name").asText()).isEqualTo("gone");
    }

    @Test
    void deletesACollection() {
        server.send("POST", CM, "{\"metadata\":{\"name\":\"c1\",\"labels\":{\"batch\":\"x\"}}}", "Content-Type", "application/json");
        server.send("POST", CM, "{\"metadata\":{\"name\":\"c2\",\"labels\":{\"batch\":\"x\"}}}", "Content-Type", "application/json");
        HttpResponse<String> r = server.send("DELETE", CM + "?labelSelector=batch%3Dx", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(server.client().configMaps().inNamespace("default").withLabel("batch", "x").list().getItems()).isEmpty();
    }

    @Test
    void echoesTheAuditIdAndIgnoresUpgradeHeaders() {
        HttpResponse<String> r = server.get(CM, "Audit-Id", "abc-123", "User-Agent", "kubectl/v1.33.1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Audit-Id")).hasValue("abc-123");
    }
}
