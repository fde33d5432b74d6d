package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;

/** Ranks feasible nodes: a score in [0, 100] after normalization, multiplied by the plugin's weight. */
public interface ScorePlugin extends Plugin {

    long MAX_NODE_SCORE = 100;

    long score(CycleState state, Pod pod, NodeInfo node);

    /** Rescales raw scores, index-aligned with {@code nodes}, into [0, 100]. The default keeps them. */
    default void normalizeScores(CycleState state, Pod pod, List<NodeInfo> nodes, long[] scores) {
    }

    /** Kubernetes' DefaultNormalizeScore: scale by the maximum, optionally reversed. */
    static void defaultNormalize(long[] scores, boolean reverse) {
        long max = 0;
        for (long s : scores) {
            max = Math.max(max, s);
        }
        for (int i = 0; i < scores.length; i++) {
            long s = max == 0 ? (reverse ? MAX_NODE_SCORE : 0) : scores[i] * MAX_NODE_SCORE / max;
            scores[i] = reverse && max != 0 ? MAX_NODE_SCORE - s : s;
        }
    }
}
