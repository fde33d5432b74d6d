package io.j8s.controllers.job;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicyOnExitCodesRequirement;
import io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicyOnPodConditionsPattern;
import io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Evaluates a Job's {@code podFailurePolicy} against a failed pod: the first matching rule's action wins. */
final class PodFailurePolicyRules {

    /** A matched rule: its action ({@code FailJob}, {@code Ignore}, {@code Count}, {@code FailIndex}) and index. */
    record Match(String action, int ruleIndex, String message) {
    }

    private PodFailurePolicyRules() {
    }

    static Optional<Match> match(Job job, Pod pod) {
        if (job.getSpec().getPodFailurePolicy() == null || job.getSpec().getPodFailurePolicy().getRules() == null) {
            return Optional.empty();
        }
        List<PodFailurePolicyRule> rules = job.getSpec().getPodFailurePolicy().getRules();
        for (int i = 0; i < rules.size(); i++) {
            PodFailurePolicyRule rule = rules.get(i);
            if (rule.getOnExitCodes() != null) {
                Optional<ContainerStatus> c = matchingContainer(rule.getOnExitCodes(), pod);
                if (c.isPresent()) {
                    return Optional.of(new Match(rule.getAction(), i, "Container " + c.get().getName() + " for pod "
                            + pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName()
                            + " failed with exit code " + c.get().getState().getTerminated().getExitCode()
                            + " matching " + rule.getAction() + " rule at index " + i));
                }
            } else if (rule.getOnPodConditions() != null && matchesConditions(rule.getOnPodConditions(), pod)) {
                return Optional.of(new Match(rule.getAction(), i, "Pod " + pod.getMetadata().getNamespace() + "/"
                        + pod.getMetadata().getName() + " has condition matching " + rule.getAction()
                        + " rule at index " + i));
            }
        }
        return Optional.empty();
    }

    private static Optional<ContainerStatus> matchingContainer(PodFailurePolicyOnExitCodesRequirement req, Pod pod) {
        if (pod.getStatus() == null) {
            return Optional.empty();
        }
        List<ContainerStatus> statuses = new ArrayList<>();
        if (pod.getStatus().getInitContainerStatuses() != null) {
            statuses.addAll(pod.getStatus().getInitContainerStatuses());
        }
        if (pod.getStatus().getContainerStatuses() != null) {
            statuses.addAll(pod.getStatus().getContainerStatuses());
        }
        return statuses.stream()
                .filter(s -> req.getContainerName() == null || req.getContainerName().equals(s.getName()))
                .filter(s -> s.getState() != null && s.getState().getTerminated() != null)
                .filter(s -> {
                    int code = s.getState().getTerminated().getExitCode();
                    // Exit code 0 never matches, as in Kubernetes.
                    return code != 0 && ("In".equals(req.getOperator()) == req.getValues().contains(code));
                })
                .findFirst();
    }

    private static boolean matchesConditions(List<PodFailurePolicyOnPodConditionsPattern> patterns, Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
            return false;
        }
        return patterns.stream().anyMatch(p -> pod.getStatus().getConditions().stream().anyMatch(c ->
                p.getType().equals(c.getType()) && (p.getStatus() == null ? "True" : p.getStatus()).equals(c.getStatus())));
    }
}
