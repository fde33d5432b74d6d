package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FrameworkHandle;
import io.j8s.scheduler.framework.ImageNames;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.ScorePlugin;
import java.util.Set;

/**
 * Prefers nodes that already hold the pod's images, weighted by image size and by how widely the
 * image is spread (so one node with a popular image does not attract everything).
 */
public final class ImageLocality implements ScorePlugin {

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

    @Override
    public long score(CycleState state, Pod pod, NodeInfo node) {
        var snapshot = handle.snapshot();
        int total = Math.max(1, snapshot.nodes().size());
        long sum = 0;
        int containers = 0;
        for (Container c : pod.getSpec().getContainers()) {
            containers++;
            if (c.getImage() == null) {
                continue;
            }
            String image = ImageNames.normalize(c.getImage());
            Long size = node.imageSizes().get(image);
            if (size != null) {
                sum += (long) (size * ((double) snapshot.nodesWithImage(image) / total));
            }
        }
        for (Container c : pod.getSpec().getInitContainers()) {
            containers++;
        }
        long max = MAX_CONTAINER_THRESHOLD * Math.max(1, containers);
        if (sum < MIN_THRESHOLD) {
            return 0;
        }
        sum = Math.min(sum, max);
        return MAX_NODE_SCORE * (sum - MIN_THRESHOLD) / (max - MIN_THRESHOLD);
    }
}
