package io.j8s.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@J8s
class UriAndReadyTimeInjectionTest {
    private final KubernetesClient client;

    UriAndReadyTimeInjectionTest(KubernetesClient client) {
        this.client = client;
    }

    @Test
    void injectsTheUrlOfAServerThatAnswersReadyz(URI url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.resolve("/readyz")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(url.getScheme()).isEqualTo("http");
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void theConstructorClientAndTheUrlPointAtTheSameServer(URI url) {
        assertThat(URI.create(client.getMasterUrl().toString()).getPort()).isEqualTo(url.getPort());
        assertThat(client.getNamespace()).isEqualTo("default");
    }

    @Test
    void measuresTheTimeFromStartToReady(J8sControlPlane controlPlane, URI url) {
        assertThat(controlPlane.readyIn()).isPositive().isLessThan(Duration.ofSeconds(30));
        assertThat(controlPlane.url()).isEqualTo(url);
        assertThat(controlPlane.client()).isSameAs(client);
    }
}
