package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FilterPlugin;
import io.j8s.scheduler.framework.FrameworkHandle;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PreFilterPlugin;
import io.j8s.scheduler.framework.Snapshot;
import io.j8s.scheduler.framework.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The basics of volume binding: every claim must exist and be bound, or wait for its first consumer;
 * a bound volume's node affinity must admit the node. Dynamic provisioning is not done here.
 */
public final class VolumeBinding implements PreFilterPlugin, FilterPlugin {

    public static final String NAME = "VolumeBinding";
    public static final String UNBOUND_IMMEDIATE_REASON = "pod has unbound immediate PersistentVolumeClaims";
    public static final String NODE_CONFLICT_REASON = "node(s) had volume node affinity conflict";
    private static final String KEY = "PreFilter" + NAME;

    private final FrameworkHandle handle;

    public VolumeBinding(FrameworkHandle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<ClusterEvent> eventsToRegister() {
        return Set.of(ClusterEvent.PVC_CHANGE, ClusterEvent.PV_CHANGE, ClusterEvent.STORAGE_CLASS_CHANGE,
                ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE);
    }

    @Override
    public Status preFilter(CycleState state, Pod pod, Snapshot snapshot) {
        List<PersistentVolume> bound = new ArrayList<>();
        boolean any = false;
        for (Volume v : pod.getSpec().getVolumes()) {
            if (v.getPersistentVolumeClaim() == null) {
                continue;
            }
            any = true;
            String claim = v.getPersistentVolumeClaim().getClaimName();
            var pvc = handle.lister().persistentVolumeClaim(pod.getMetadata().getNamespace(), claim);
            if (pvc.isEmpty()) {
                return Status.unresolvable("persistentvolumeclaim \"" + claim + "\" not found");
            }
            if (pvc.get().getMetadata().getDeletionTimestamp() != null) {
                return Status.unresolvable("persistentvolumeclaim \"" + claim + "\" is being deleted");
            }
            String volumeName = pvc.get().getSpec().getVolumeName();
            if (volumeName == null || volumeName.isEmpty()) {
                if (!waitsForFirstConsumer(pvc.get())) {
                    return Status.unresolvable(UNBOUND_IMMEDIATE_REASON);
                }
            } else {
                handle.lister().persistentVolume(volumeName).ifPresent(bound::add);
            }
        }
        if (!any) {
            return Status.skip();
        }
        state.write(KEY, new State(List.copyOf(bound)));
        return Status.success();
    }

    private boolean waitsForFirstConsumer(PersistentVolumeClaim pvc) {
        String className = pvc.getSpec().getStorageClassName();
        if (className == null || className.isEmpty()) {
            return false;
        }
        return handle.lister().storageClass(className)
                .map(sc -> "WaitForFirstConsumer".equals(sc.getVolumeBindingMode())).orElse(false);
    }

    @Override
    public Status filter(CycleState state, Pod pod, NodeInfo node) {
        State s = state.read(KEY);
        for (PersistentVolume pv : s.bound()) {
            var affinity = pv.getSpec().getNodeAffinity();
            if (affinity != null && affinity.getRequired() != null
                    && !NodeSelectors.matchesAnyTerm(affinity.getRequired(), node)) {
                return Status.unresolvable(NODE_CONFLICT_REASON);
            }
        }
        return Status.success();
    }

    private record State(List<PersistentVolume> bound) implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return this;
        }
    }
}
