package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FrameworkHandle;
import io.j8s.scheduler.framework.ImageNames;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PreScorePlugin;
import io.j8s.scheduler.framework.ScorePlugin;
import io.j8s.scheduler.framework.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prefers nodes that already hold the pod's images, weighted by image size and by how widely the
 * image is spread (so one node with a popular image does not attract everything).
 */
public final class ImageLocality implements PreScorePlugin, ScorePlugin {

    public static final String NAME = "ImageLocality";
    static final long MIN_THRESHOLD = 23L * 1024 * 1024;
    static final long MAX_CONTAINER_THRESHOLD = 1000L * 1024 * 1024;

    private final FrameworkHandle handle;

    public ImageLocality(FrameworkHandle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<ClusterEvent> eventsToRegister() {
        return Set.of();
    }

    /** The pod's normalized image names, each with its cluster-wide spread, and the container count. */
    private record Images(List<String> names, double[] spread, int containers) implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return this;
        }
    }

    private static final String KEY = "PreScore" + NAME;

    @Override
    public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
        state.write(KEY, images(pod));
        return Status.success();
    }

    private Images images(Pod pod) {
        var snapshot = handle.snapshot();
        int total = Math.max(1, snapshot.nodes().size());
        List<String> names = new ArrayList<>();
        for (Container c : pod.getSpec().getContainers()) {
            if (c.getImage() != null) {
                names.add(ImageNames.normalize(c.getImage()));
            }
        }
        double[] spread = new double[names.size()];
        for (int i = 0; i < spread.length; i++) {
            spread[i] = (double) snapshot.nodesWithImage(names.get(i)) / total;
        }
        return new Images(List.copyOf(names), spread,
                pod.getSpec().getContainers().size() + pod.getSpec().getInitContainers().size());
    }

    @Override
    public long score(CycleState state, Pod pod, NodeInfo node) {
        Images images = state.read(KEY);
        if (images == null) {
            images = images(pod);
        }
        long sum = 0;
        for (int i = 0; i < images.names().size(); i++) {
            Long size = node.imageSizes().get(images.names().get(i));
            if (size != null) {
                sum += (long) (size * images.spread()[i]);
            }
        }
        long max = MAX_CONTAINER_THRESHOLD * Math.max(1, images.containers());
        if (sum < MIN_THRESHOLD) {
            return 0;
        }
        sum = Math.min(sum, max);
        return MAX_NODE_SCORE * (sum - MIN_THRESHOLD) / (max - MIN_THRESHOLD);
    }
}
