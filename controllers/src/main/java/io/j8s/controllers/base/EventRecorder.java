package io.j8s.controllers.base;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records core/v1 Events about objects, like client-go's {@code record.EventRecorder}. Writes happen on virtual
 * threads so a sync never waits for them; failures are logged and dropped, as Kubernetes does.
 */
public final class EventRecorder implements AutoCloseable {

    public static final String NORMAL = "Normal";
    public static final String WARNING = "Warning";

    private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

    private final KubernetesClient client;
    private final Clock clock;
    private final String component;
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();

    public EventRecorder(KubernetesClient client, Clock clock, String component) {
        this.client = client;
        this.clock = clock;
        this.component = component;
    }

    /** Records an event of {@code type} ({@link #NORMAL} or {@link #WARNING}) about {@code obj}. */
    public void event(HasMetadata obj, String type, String reason, String message) {
        String namespace = obj.getMetadata().getNamespace() == null ? "default" : obj.getMetadata().getNamespace();
        String now = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Event event = new EventBuilder()
                .withNewMetadata()
                .withName(obj.getMetadata().getName() + "." + Long.toHexString(clock.millis() * 1_000_000L + System.nanoTime() % 1_000_000L))
                .withNamespace(namespace)
                .endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder()
                        .withApiVersion(obj.getApiVersion())
                        .withKind(obj.getKind())
                        .withNamespace(obj.getMetadata().getNamespace())
                        .withName(obj.getMetadata().getName())
                        .withUid(obj.getMetadata().getUid())
                        .withResourceVersion(obj.getMetadata().getResourceVersion())
                        .build())
                .withReason(reason)
                .withMessage(message)
                .withType(type)
                .withCount(1)
                .withFirstTimestamp(now)
                .withLastTimestamp(now)
                .withNewSource().withComponent(component).endSource()
                .withReportingComponent(component)
                .build();
        writers.execute(() -> {
            try {
                client.v1().events().inNamespace(namespace).resource(event).create();
            } catch (RuntimeException e) {
                LOG.debug("dropping event {} on {}: {}", reason, Keys.of(obj), e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        writers.shutdown();
    }
}
