package io.j8s.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** Runs small @J8s classes through the JUnit launcher, as a build would, and watches their servers. */
class ControlPlaneLifecycleTest {

    @Test
    void givesEachTestClassItsOwnServerAndStopsItAfterTheClass() {
        Map<String, URI> urls = run(FirstOperatorTest.class, SecondOperatorTest.class);

        assertThat(urls).containsOnlyKeys("FirstOperatorTest", "SecondOperatorTest");
        assertThat(urls.get("FirstOperatorTest")).isNotEqualTo(urls.get("SecondOperatorTest"));
        urls.values().forEach(url -> assertThatThrownBy(() -> readyz(url)).isInstanceOf(IOException.class));
    }

    @Test
    void sharesTheOuterClassServerWithNestedClasses() {
        Map<String, URI> urls = run(OuterOperatorTest.class);

        assertThat(urls).containsOnlyKeys("OuterOperatorTest", "InnerTest");
        assertThat(urls.get("InnerTest")).isEqualTo(urls.get("OuterOperatorTest"));
    }

    private static Map<String, URI> run(Class<?>... classes) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(List.of(classes).stream().map(c -> selectClass(c)).toList()).build();
        List<ReportEntry> entries = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary, new TestExecutionListener() {
            @Override
            public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
                entries.add(entry);
            }

            @Override
            public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult result) {
                result.getThrowable().ifPresent(failures::add);
            }
        });
        assertThat(failures).isEmpty();
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(2);
        return entries.stream().flatMap(e -> e.getKeyValuePairs().entrySet().stream())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> URI.create(e.getValue())));
    }

    private static int readyz(URI url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(url.resolve("/readyz")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Creates a marker and checks the other class's marker is absent: only true on separate servers. */
    private static void claimServer(KubernetesClient client, String mine, String theirs) {
        client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName(mine).endMetadata().build())
                .create();
        assertThat(client.configMaps().withName(theirs).get()).isNull();
    }

    @J8s
    static class FirstOperatorTest {
        @Test
        void reportsItsServer(KubernetesClient client, URI url, TestReporter reporter) {
            claimServer(client, "first", "second");
            reporter.publishEntry("FirstOperatorTest", url.toString());
        }
    }

    @J8s
    static class SecondOperatorTest {
        @Test
        void reportsItsServer(KubernetesClient client, URI url, TestReporter reporter) {
            claimServer(client, "second", "first");
            reporter.publishEntry("SecondOperatorTest", url.toString());
        }
    }

    @J8s
    static class OuterOperatorTest {
        @Test
        void reportsItsServer(URI url, TestReporter reporter) {
            reporter.publishEntry("OuterOperatorTest", url.toString());
        }

        @Nested
        class InnerTest {
            @Test
            void reportsItsServer(URI url, TestReporter reporter) {
                reporter.publishEntry("InnerTest", url.toString());
            }
        }
    }
}
