package io.j8s.scheduler;

import io.j8s.scheduler.framework.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a pod fits no node, worded as Kubernetes' FitError: a sorted histogram of reasons, then the
 * preemption outcome.
 *
 * @param numAllNodes nodes considered
 * @param nodeStatuses the rejection of each node
 * @param preFilterMessage set when a PreFilter plugin rejected the pod outright
 * @param postFilterMessage the PostFilter (preemption) outcome, may be empty
 */
record FitError(int numAllNodes, Map<String, Status> nodeStatuses, String preFilterMessage, String postFilterMessage) {

    static final String NO_NODES = "no nodes available to schedule pods";

    FitError withPostFilterMessage(String message) {
        return new FitError(numAllNodes, nodeStatuses, preFilterMessage, message);
    }

    /** Plugins that rejected the pod somewhere, which decide what cluster events retry it. */
    Set<String> unschedulablePlugins() {
        Set<String> plugins = new HashSet<>();
        for (Status s : nodeStatuses.values()) {
            if (s.plugin() != null) {
                plugins.add(s.plugin());
            }
        }
        return plugins;
    }

    String message() {
        if (numAllNodes == 0) {
            return NO_NODES;
        }
        StringBuilder msg = new StringBuilder("0/" + numAllNodes + " nodes are available:");
        if (preFilterMessage != null && !preFilterMessage.isEmpty()) {
            msg.append(' ').append(preFilterMessage).append('.');
        } else {
            Map<String, Integer> histogram = new HashMap<>();
            for (Status s : nodeStatuses.values()) {
                for (String reason : s.reasons()) {
                    histogram.merge(reason, 1, Integer::sum);
                }
            }
            List<String> parts = new ArrayList<>();
            histogram.forEach((reason, count) -> parts.add(count + " " + reason));
            parts.sort(null);
            if (!parts.isEmpty()) {
                msg.append(' ').append(String.join(", ", parts)).append('.');
            }
        }
        if (postFilterMessage != null && !postFilterMessage.isEmpty()) {
            msg.append(' ').append(postFilterMessage);
        }
        return msg.toString();
    }
}
