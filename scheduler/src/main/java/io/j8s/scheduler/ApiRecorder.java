package io.j8s.scheduler;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the scheduler reports to the API: Events and the PodScheduled condition. Writes run on
 * virtual threads so the scheduling thread never waits on the API; failures are logged.
 */
final class ApiRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRecorder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;
    private final Clock clock;
    private final ExecutorService executor;
    private final Semaphore inFlight;
    private final String component;

    ApiRecorder(KubernetesClient client, Clock clock, ExecutorService executor, Semaphore inFlight, String component) {
        this.client = client;
        this.clock = clock;
        this.executor = executor;
        this.inFlight = inFlight;
        this.component = component;
    }

    /** Creates a core/v1 Event about the pod, as kubectl describe shows it. */
    void event(Pod pod, String type, String reason, String message) {
        submit(() -> {
            Instant now = clock.instant();
            String time = now.truncatedTo(ChronoUnit.SECONDS).toString();
            String ns = pod.getMetadata().getNamespace();
            var event = new EventBuilder()
                    .withNewMetadata().withNamespace(ns)
                    .withName(pod.getMetadata().getName() + "." + Long.toHexString(now.toEpochMilli() * 1_000_000
                            + now.getNano() % 1_000_000)).endMetadata()
                    .withNewInvolvedObject().withApiVersion("v1").withKind("Pod").withNamespace(ns)
                    .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid())
                    .withResourceVersion(pod.getMetadata().getResourceVersion()).endInvolvedObject()
                    .withType(type).withReason(reason).withMessage(message)
                    .withNewSource().withComponent(component).endSource()
                    .withReportingComponent(component).withReportingInstance(component)
                    .withFirstTimestamp(time).withLastTimestamp(time).withCount(1)
                    .build();
            client.v1().events().inNamespace(ns).resource(event).create();
        });
    }

    /**
     * Sets PodScheduled=False with the reason and message, and status.nominatedNodeName when given,
     * unless the pod already says exactly that.
     */
    void unschedulableCondition(Pod pod, String reason, String message, String nominatedNodeName) {
        PodCondition current = pod.getStatus() == null ? null : pod.getStatus().getConditions().stream()
                .filter(c -> "PodScheduled".equals(c.getType())).findFirst().orElse(null);
        String currentNominated = pod.getStatus() == null ? null : pod.getStatus().getNominatedNodeName();
        boolean same = current != null && "False".equals(current.getStatus()) && reason.equals(current.getReason())
                && message.equals(current.getMessage())
                && (nominatedNodeName == null || nominatedNodeName.equals(currentNominated));
        if (same) {
            return;
        }
        submit(() -> {
            ObjectNode patch = JSON.createObjectNode();
            ObjectNode status = patch.putObject("status");
            ObjectNode condition = status.putArray("conditions").addObject();
            condition.put("type", "PodScheduled").put("status", "False").putNull("lastProbeTime");
            condition.put("lastTransitionTime", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            condition.put("reason", reason).put("message", message);
            if (nominatedNodeName != null) {
                status.put("nominatedNodeName", nominatedNodeName);
            }
            client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .subresource("status").patch(PatchContext.of(PatchType.STRATEGIC_MERGE), patch.toString());
        });
    }

    private void submit(Runnable write) {
        executor.execute(() -> {
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                write.run();
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    LOG.warn("Writing to the API failed: {}", e.getMessage());
                }
            } catch (RuntimeException e) {
                LOG.warn("Writing to the API failed", e);
            } finally {
                inFlight.release();
            }
        });
    }
}
