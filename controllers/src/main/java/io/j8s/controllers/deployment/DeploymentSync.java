package io.j8s.controllers.deployment;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.EventRecorder;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.OwnerReferences;
import io.j8s.controllers.base.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One sync of one Deployment (Kubernetes' {@code syncDeployment} and the strategy files): holds the Deployment and
 * its claimed ReplicaSets as they change through this sync's own writes. Not thread-safe; used once.
 */
final class DeploymentSync {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final List<Pod> namespacePods;
    private Deployment d;
    private final List<ReplicaSet> rsList;

    DeploymentSync(ControllerContext ctx, WorkQueue queue, Deployment d, List<ReplicaSet> rsList,
            List<Pod> namespacePods) {
        this.ctx = ctx;
        this.queue = queue;
        this.d = d;
        this.rsList = new ArrayList<>(rsList);
        this.namespacePods = namespacePods;
    }

    private record Sets(ReplicaSet newRS, List<ReplicaSet> old) {
        List<ReplicaSet> all() {
            List<ReplicaSet> all = new ArrayList<>(old);
            if (newRS != null) {
                all.add(newRS);
            }
            return all;
        }
    }

    void run() {
        if (d.getMetadata().getDeletionTimestamp() != null) {
            syncStatusOnly();
            return;
        }
        checkPausedConditions();
        if (Boolean.TRUE.equals(d.getSpec().getPaused())) {
            syncScaling();
            return;
        }
        if (isScalingEvent()) {
            syncScaling();
            return;
        }
        if (Fenceposts.isRollingUpdate(d)) {
            rolloutRolling();
        } else {
            rolloutRecreate();
        }
    }

    // ---- ReplicaSet discovery and revisions ----

    private static final Comparator<ReplicaSet> BY_CREATION = Comparator
            .comparing((ReplicaSet rs) -> Optional.ofNullable(rs.getMetadata().getCreationTimestamp()).map(Instant::parse)
                    .orElse(Instant.EPOCH))
            .thenComparing(rs -> rs.getMetadata().getName());

    private ReplicaSet findNew() {
        return rsList.stream().sorted(BY_CREATION)
                .filter(rs -> PodTemplateHash.equalIgnoreHash(rs.getSpec().getTemplate(), d.getSpec().getTemplate()))
                .findFirst().orElse(null);
    }

    private Sets getAllReplicaSetsAndSyncRevision(boolean createIfNotExisted) {
        ReplicaSet existing = findNew();
        List<ReplicaSet> allOld = rsList.stream()
                .filter(rs -> existing == null || !rs.getMetadata().getUid().equals(existing.getMetadata().getUid()))
                .toList();
        ReplicaSet newRS = getNewReplicaSet(existing, allOld, createIfNotExisted);
        return new Sets(newRS, allOld);
    }

    private ReplicaSet getNewReplicaSet(ReplicaSet existing, List<ReplicaSet> allOld, boolean create) {
        long newRevision = RevisionAnnotations.maxRevision(allOld) + 1;
        if (existing != null) {
            ReplicaSet rs = existing;
            Map<String, String> annotations = RevisionAnnotations.forNewReplicaSet(d, rs, newRevision, true);
            boolean minReadyChanged = !Objects.equals(intOf(rs.getSpec().getMinReadySeconds()),
                    intOf(d.getSpec().getMinReadySeconds()));
            if (annotations != null || minReadyChanged) {
                ReplicaSetBuilder b = new ReplicaSetBuilder(rs);
                if (annotations != null) {
                    b.editMetadata().withAnnotations(annotations).endMetadata();
                }
                b.editSpec().withMinReadySeconds(d.getSpec().getMinReadySeconds()).endSpec();
                rs = updateReplicaSet(b.build());
            }
            boolean statusNeedsUpdate = setDeploymentRevision(RevisionAnnotations.annotations(rs)
                    .getOrDefault(RevisionAnnotations.REVISION, ""));
            if (DeploymentConditions.get(status().getConditions(), DeploymentConditions.PROGRESSING).isEmpty()
                    && hasProgressDeadline()) {
                setCondition(DeploymentConditions.condition(DeploymentConditions.PROGRESSING, "True",
                        DeploymentConditions.FOUND_NEW_RS, "Found new replica set \"" + rs.getMetadata().getName() + "\"",
                        now()));
                statusNeedsUpdate = true;
            }
            if (statusNeedsUpdate) {
                writeStatus(status());
            }
            return rs;
        }
        if (!create) {
            return null;
        }
        Integer collisionCount = status().getCollisionCount();
        String hash = PodTemplateHash.compute(d.getSpec().getTemplate(), collisionCount);
        PodTemplateSpec template = new PodTemplateSpecBuilder(d.getSpec().getTemplate())
                .editOrNewMetadata().addToLabels(PodTemplateHash.LABEL, hash).endMetadata().build();
        LabelSelector selector = new LabelSelectorBuilder(d.getSpec().getSelector())
                .addToMatchLabels(PodTemplateHash.LABEL, hash).build();
        ReplicaSet newRS = new ReplicaSetBuilder()
                .withNewMetadata()
                .withName(d.getMetadata().getName() + "-" + hash)
                .withNamespace(d.getMetadata().getNamespace())
                .withLabels(template.getMetadata().getLabels())
                .withOwnerReferences(OwnerReferences.newControllerRef(d))
                .endMetadata()
                .withNewSpec()
                .withReplicas(0)
                .withMinReadySeconds(d.getSpec().getMinReadySeconds())
                .withSelector(selector)
                .withTemplate(template)
                .endSpec()
                .build();
        List<ReplicaSet> all = new ArrayList<>(allOld);
        all.add(newRS);
        int newReplicas = newReplicaSetReplicas(all, newRS);
        newRS.getSpec().setReplicas(newReplicas);
        Map<String, String> annotations = RevisionAnnotations.forNewReplicaSet(d, newRS, newRevision, false);
        newRS.getMetadata().setAnnotations(annotations);

        ReplicaSet created;
        boolean alreadyExists = false;
        try {
            created = ctx.client().apps().replicaSets().inNamespace(d.getMetadata().getNamespace()).resource(newRS)
                    .create();
            rsList.add(created);
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                String msg = "Failed to create new replica set \"" + newRS.getMetadata().getName() + "\": "
                        + e.getMessage();
                setCondition(DeploymentConditions.condition(DeploymentConditions.PROGRESSING, "False",
                        DeploymentConditions.FAILED_RS_CREATE, msg, now()));
                writeStatus(status());
                ctx.events().event(d, EventRecorder.WARNING, DeploymentConditions.FAILED_RS_CREATE, msg);
                throw e;
            }
            ReplicaSet clash = ctx.client().apps().replicaSets().inNamespace(d.getMetadata().getNamespace())
                    .withName(newRS.getMetadata().getName()).get();
            if (clash != null && OwnerReferences.isControlledBy(clash, d)
                    && PodTemplateHash.equalIgnoreHash(clash.getSpec().getTemplate(), d.getSpec().getTemplate())) {
                // Our informer had not seen our own earlier create yet.
                return clash;
            }
            // A hash collision: bump collisionCount so the next sync computes a different name.
            DeploymentStatus s = new DeploymentStatusBuilder(status())
                    .withCollisionCount(collisionCount == null ? 1 : collisionCount + 1).build();
            writeStatus(s);
            throw new IllegalStateException("hash collision for ReplicaSet " + newRS.getMetadata().getName());
        }
        if (newReplicas > 0) {
            ctx.events().event(d, EventRecorder.NORMAL, "ScalingReplicaSet",
                    "Scaled up replica set " + created.getMetadata().getName() + " from 0 to " + newReplicas);
        }
        boolean statusNeedsUpdate = setDeploymentRevision(Long.toString(newRevision));
        if (!alreadyExists && hasProgressDeadline()) {
            setCondition(DeploymentConditions.condition(DeploymentConditions.PROGRESSING, "True",
                    DeploymentConditions.NEW_RS_CREATED,
                    "Created new replica set \"" + created.getMetadata().getName() + "\"", now()));
            statusNeedsUpdate = true;
        }
        if (statusNeedsUpdate) {
            writeStatus(status());
        }
        return created;
    }

    /** Sets the Deployment's revision annotation; true when it changed (patched through the API at once). */
    private boolean setDeploymentRevision(String revision) {
        String current = RevisionAnnotations.annotations(d).get(RevisionAnnotations.REVISION);
        if (revision.isEmpty() || revision.equals(current)) {
            return false;
        }
        Map<String, Object> patch = Map.of("metadata", Map.of("annotations",
                Map.of(RevisionAnnotations.REVISION, revision)));
        Deployment patched = ctx.client().apps().deployments().inNamespace(d.getMetadata().getNamespace())
                .withName(d.getMetadata().getName())
                .patch(PatchContext.of(PatchType.JSON_MERGE), Serialization.asJson(patch));
        // Keep the status we are building; take the server's metadata (resourceVersion) and spec.
        d = new DeploymentBuilder(patched).withStatus(d.getStatus()).build();
        return true;
    }

    // ---- strategies ----

    private void rolloutRolling() {
        Sets sets = getAllReplicaSetsAndSyncRevision(true);
        if (reconcileNewReplicaSet(sets)) {
            syncRolloutStatus(refresh(sets));
            return;
        }
        sets = refresh(sets);
        if (reconcileOldReplicaSets(sets)) {
            syncRolloutStatus(refresh(sets));
            return;
        }
        sets = refresh(sets);
        if (deploymentComplete(calculateStatus(sets))) {
            cleanupDeployment(sets.old());
        }
        syncRolloutStatus(refresh(sets));
    }

    private void rolloutRecreate() {
        Sets sets = getAllReplicaSetsAndSyncRevision(false);
        boolean scaledDown = false;
        for (ReplicaSet rs : active(sets.old())) {
            scaledDown |= scaleReplicaSet(rs, 0, "down");
        }
        if (scaledDown) {
            syncRolloutStatus(refresh(sets));
            return;
        }
        if (oldPodsRunning(sets)) {
            syncRolloutStatus(refresh(sets));
            return;
        }
        if (sets.newRS() == null) {
            sets = getAllReplicaSetsAndSyncRevision(true);
        }
        scaleReplicaSet(sets.newRS(), Fenceposts.replicas(d), "up");
        sets = refresh(sets);
        if (deploymentComplete(calculateStatus(sets))) {
            cleanupDeployment(sets.old());
        }
        syncRolloutStatus(sets);
    }

    private boolean oldPodsRunning(Sets sets) {
        for (ReplicaSet rs : sets.old()) {
            if (rs.getStatus() != null && intOf(rs.getStatus().getReplicas()) > 0) {
                return true;
            }
        }
        // Terminating pods still count: Recreate guarantees old pods are gone before new ones start.
        for (Pod p : namespacePods) {
            var ref = OwnerReferences.controllerOf(p);
            if (ref.isEmpty()) {
                continue;
            }
            boolean ofOld = sets.old().stream().anyMatch(rs -> rs.getMetadata().getUid().equals(ref.get().getUid()));
            String phase = p.getStatus() == null ? null : p.getStatus().getPhase();
            if (ofOld && !"Failed".equals(phase) && !"Succeeded".equals(phase)) {
                return true;
            }
        }
        return false;
    }

    private boolean reconcileNewReplicaSet(Sets sets) {
        ReplicaSet newRS = sets.newRS();
        int desired = Fenceposts.replicas(d);
        int current = replicas(newRS);
        if (current == desired) {
            return false;
        }
        if (current > desired) {
            return scaleReplicaSet(newRS, desired, "down");
        }
        return scaleReplicaSet(newRS, newReplicaSetReplicas(sets.all(), newRS), "up");
    }

    private int newReplicaSetReplicas(List<ReplicaSet> all, ReplicaSet newRS) {
        if (!Fenceposts.isRollingUpdate(d)) {
            return Fenceposts.replicas(d);
        }
        return RollingUpdate.newReplicaSetReplicas(Fenceposts.replicas(d), Fenceposts.maxSurge(d), sumReplicas(all),
                replicas(newRS));
    }

    private boolean reconcileOldReplicaSets(Sets sets) {
        List<ReplicaSet> oldActive = active(sets.old());
        if (sumReplicas(oldActive) == 0) {
            return false;
        }
        int desired = Fenceposts.replicas(d);
        int maxUnavailable = Fenceposts.maxUnavailable(d);
        int maxScaledDown = RollingUpdate.maxScaledDown(sumReplicas(sets.all()), desired, maxUnavailable,
                replicas(sets.newRS()), available(sets.newRS()));
        if (maxScaledDown <= 0) {
            return false;
        }
        // First clean up old pods that are not available: they cost no availability.
        int cleaned = 0;
        for (ReplicaSet rs : oldActive.stream().sorted(BY_CREATION).toList()) {
            if (cleaned >= maxScaledDown) {
                break;
            }
            int unavailable = replicas(rs) - available(rs);
            if (replicas(rs) == 0 || unavailable <= 0) {
                continue;
            }
            int down = Math.min(maxScaledDown - cleaned, unavailable);
            scaleReplicaSet(rs, replicas(rs) - down, "down");
            cleaned += down;
        }
        sets = refresh(sets);
        int totalScaleDown = RollingUpdate.availableScaleDown(sumAvailable(sets.all()), desired, maxUnavailable);
        int scaled = 0;
        for (ReplicaSet rs : active(sets.old()).stream().sorted(BY_CREATION).toList()) {
            if (scaled >= totalScaleDown) {
                break;
            }
            int down = Math.min(replicas(rs), totalScaleDown - scaled);
            scaleReplicaSet(rs, replicas(rs) - down, "down");
            scaled += down;
        }
        return cleaned + scaled > 0;
    }

    // ---- scaling (paused or resized deployments) ----

    private boolean isScalingEvent() {
        Sets sets = getAllReplicaSetsAndSyncRevision(false);
        for (ReplicaSet rs : active(sets.all())) {
            int desired = RevisionAnnotations.desiredReplicas(rs);
            if (desired >= 0 && desired != Fenceposts.replicas(d)) {
                return true;
            }
        }
        return false;
    }

    private void syncScaling() {
        Sets sets = getAllReplicaSetsAndSyncRevision(false);
        scale(sets);
        sets = refresh(sets);
        if (Boolean.TRUE.equals(d.getSpec().getPaused())) {
            cleanupDeployment(sets.old());
        }
        syncStatus(refresh(sets));
    }

    private void scale(Sets sets) {
        int desired = Fenceposts.replicas(d);
        List<ReplicaSet> activeAll = active(sets.all());
        ReplicaSet activeOrLatest = null;
        if (activeAll.isEmpty()) {
            activeOrLatest = sets.newRS() != null ? sets.newRS()
                    : sets.old().stream().max(BY_CREATION).orElse(null);
        } else if (activeAll.size() == 1) {
            activeOrLatest = activeAll.get(0);
        }
        if (activeOrLatest != null || activeAll.size() <= 1) {
            if (activeOrLatest != null && replicas(activeOrLatest) != desired) {
                scaleReplicaSet(activeOrLatest, desired, desired > replicas(activeOrLatest) ? "up" : "down");
            }
            return;
        }
        ReplicaSet newRS = sets.newRS();
        if (newRS != null && RevisionAnnotations.desiredReplicas(newRS) == desired && replicas(newRS) == desired
                && available(newRS) == desired) {
            for (ReplicaSet rs : active(sets.old())) {
                scaleReplicaSet(rs, 0, "down");
            }
            return;
        }
        if (!Fenceposts.isRollingUpdate(d)) {
            return;
        }
        int allowed = desired > 0 ? desired + Fenceposts.maxSurge(d) : 0;
        int toAdd = allowed - sumReplicas(activeAll);
        List<ReplicaSet> ordered = new ArrayList<>(activeAll);
        Comparator<ReplicaSet> bySize = Comparator.comparingInt(DeploymentSync::replicas);
        String operation;
        if (toAdd > 0) {
            ordered.sort(bySize.reversed().thenComparing(BY_CREATION.reversed())); // larger, then newer first
            operation = "up";
        } else {
            ordered.sort(bySize.reversed().thenComparing(BY_CREATION)); // larger, then older first
            operation = "down";
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int added = 0;
        for (ReplicaSet rs : ordered) {
            int proportion = toAdd == 0 ? 0 : ProportionalScaling.proportion(replicas(rs), desired,
                    Fenceposts.maxSurge(d), Math.max(0, RevisionAnnotations.maxReplicas(rs)), toAdd, added);
            sizes.put(rs.getMetadata().getName(), replicas(rs) + proportion);
            added += proportion;
        }
        if (toAdd != 0 && !ordered.isEmpty()) {
            String first = ordered.get(0).getMetadata().getName();
            sizes.put(first, Math.max(0, sizes.get(first) + toAdd - added));
        }
        for (ReplicaSet rs : ordered) {
            scaleReplicaSet(rs, sizes.get(rs.getMetadata().getName()), operation);
        }
    }

    /**
     * Sets a ReplicaSet's size and its desired/max-replicas annotations; records a ScalingReplicaSet event when the
     * size changed. True when the size changed.
     */
    private boolean scaleReplicaSet(ReplicaSet rs, int size, String operation) {
        boolean sizeChanged = replicas(rs) != size;
        Map<String, String> annotations = RevisionAnnotations.withReplicas(d, rs);
        boolean minReadyChanged = !Objects.equals(intOf(rs.getSpec().getMinReadySeconds()),
                intOf(d.getSpec().getMinReadySeconds()));
        if (!sizeChanged && annotations == null && !minReadyChanged) {
            return false;
        }
        ReplicaSetBuilder b = new ReplicaSetBuilder(rs);
        b.editSpec().withReplicas(size).withMinReadySeconds(d.getSpec().getMinReadySeconds()).endSpec();
        if (annotations != null) {
            b.editMetadata().withAnnotations(annotations).endMetadata();
        }
        ReplicaSet updated = updateReplicaSet(b.build());
        if (sizeChanged) {
            ctx.events().event(d, EventRecorder.NORMAL, "ScalingReplicaSet", "Scaled " + operation + " replica set "
                    + updated.getMetadata().getName() + " from " + replicas(rs) + " to " + size);
        }
        return sizeChanged;
    }

    private ReplicaSet updateReplicaSet(ReplicaSet rs) {
        ReplicaSet updated = ctx.client().apps().replicaSets().inNamespace(rs.getMetadata().getNamespace())
                .resource(rs).update();
        rsList.replaceAll(r -> r.getMetadata().getUid().equals(updated.getMetadata().getUid()) ? updated : r);
        return updated;
    }

    private Sets refresh(Sets sets) {
        Map<String, ReplicaSet> byUid = new HashMap<>();
        rsList.forEach(rs -> byUid.put(rs.getMetadata().getUid(), rs));
        ReplicaSet newRS = sets.newRS() == null ? null
                : byUid.getOrDefault(sets.newRS().getMetadata().getUid(), sets.newRS());
        List<ReplicaSet> old = sets.old().stream()
                .map(rs -> byUid.getOrDefault(rs.getMetadata().getUid(), rs))
                .filter(rs -> byUid.containsKey(rs.getMetadata().getUid()))
                .toList();
        return new Sets(newRS, old);
    }

    /** Deletes the oldest fully scaled-down old ReplicaSets beyond revisionHistoryLimit. */
    private void cleanupDeployment(List<ReplicaSet> oldRSs) {
        Integer limit = d.getSpec().getRevisionHistoryLimit();
        if (limit == null) {
            return;
        }
        List<ReplicaSet> cleanable = oldRSs.stream()
                .filter(rs -> rs.getMetadata().getDeletionTimestamp() == null)
                .sorted(Comparator.comparingLong((ReplicaSet rs) -> RevisionAnnotations.revision(rs)).thenComparing(BY_CREATION))
                .toList();
        int diff = cleanable.size() - limit;
        for (int i = 0; i < diff; i++) {
            ReplicaSet rs = cleanable.get(i);
            long observed = rs.getStatus() == null || rs.getStatus().getObservedGeneration() == null ? 0
                    : rs.getStatus().getObservedGeneration();
            long generation = rs.getMetadata().getGeneration() == null ? 0 : rs.getMetadata().getGeneration();
            if (statusReplicas(rs) != 0 || replicas(rs) != 0 || generation > observed) {
                continue;
            }
            ctx.client().apps().replicaSets().inNamespace(rs.getMetadata().getNamespace())
                    .withName(rs.getMetadata().getName()).delete();
            rsList.removeIf(r -> r.getMetadata().getUid().equals(rs.getMetadata().getUid()));
        }
    }

    // ---- status ----

    private void checkPausedConditions() {
        if (!hasProgressDeadline()) {
            return;
        }
        Optional<DeploymentCondition> cond = DeploymentConditions.get(status().getConditions(),
                DeploymentConditions.PROGRESSING);
        if (cond.isPresent() && DeploymentConditions.TIMED_OUT.equals(cond.get().getReason())) {
            return; // a timed-out deployment stays so until a new rollout
        }
        boolean paused = Boolean.TRUE.equals(d.getSpec().getPaused());
        boolean pausedCondition = cond.isPresent() && DeploymentConditions.PAUSED.equals(cond.get().getReason());
        if (paused && !pausedCondition) {
            setCondition(DeploymentConditions.condition(DeploymentConditions.PROGRESSING, "Unknown",
                    DeploymentConditions.PAUSED, "Deployment is paused", now()));
            writeStatus(status());
        } else if (!paused && pausedCondition) {
            setCondition(DeploymentConditions.condition(DeploymentConditions.PROGRESSING, "Unknown",
                    DeploymentConditions.RESUMED, "Deployment is resumed", now()));
            writeStatus(status());
        }
    }

    private void syncStatusOnly() {
        syncStatus(getAllReplicaSetsAndSyncRevision(false));
    }

    private void syncStatus(Sets sets) {
        DeploymentStatus next = calculateStatus(sets);
        if (!next.equals(status())) {
            writeStatus(next);
        }
    }

    private void syncRolloutStatus(Sets sets) {
        DeploymentStatus next = calculateStatus(sets);
        List<DeploymentCondition> conditions = next.getConditions();
        if (!hasProgressDeadline()) {
            conditions = DeploymentConditions.remove(conditions, DeploymentConditions.PROGRESSING);
        }
        Optional<DeploymentCondition> current = DeploymentConditions.get(conditions, DeploymentConditions.PROGRESSING);
        boolean complete = Objects.equals(next.getReplicas(), next.getUpdatedReplicas()) && current.isPresent()
                && DeploymentConditions.NEW_RS_AVAILABLE.equals(current.get().getReason());
        String rsName = sets.newRS() == null ? "" : sets.newRS().getMetadata().getName();
        if (hasProgressDeadline() && !complete) {
            if (deploymentComplete(next)) {
                conditions = DeploymentConditions.set(conditions, DeploymentConditions.condition(
                        DeploymentConditions.PROGRESSING, "True", DeploymentConditions.NEW_RS_AVAILABLE,
                        "ReplicaSet \"" + rsName + "\" has successfully progressed.", now()));
            } else if (deploymentProgressing(next)) {
                DeploymentCondition c = DeploymentConditions.condition(DeploymentConditions.PROGRESSING, "True",
                        DeploymentConditions.RS_UPDATED, "ReplicaSet \"" + rsName + "\" is progressing.", now());
                if (current.isPresent() && "True".equals(current.get().getStatus())) {
                    c.setLastTransitionTime(current.get().getLastTransitionTime());
                }
                // Always replaced, even with the same reason: lastUpdateTime marks the progress.
                conditions = DeploymentConditions.remove(conditions, DeploymentConditions.PROGRESSING);
                conditions.add(c);
            } else if (timedOut(conditions)) {
                conditions = DeploymentConditions.set(conditions, DeploymentConditions.condition(
                        DeploymentConditions.PROGRESSING, "False", DeploymentConditions.TIMED_OUT,
                        "ReplicaSet \"" + rsName + "\" has timed out progressing.", now()));
            }
        }
        Optional<DeploymentCondition> rsFailure = sets.all().stream()
                .filter(rs -> rs.getStatus() != null && rs.getStatus().getConditions() != null)
                .flatMap(rs -> rs.getStatus().getConditions().stream())
                .filter(c -> "ReplicaFailure".equals(c.getType()) && "True".equals(c.getStatus()))
                .findFirst()
                .map(c -> DeploymentConditions.condition(DeploymentConditions.REPLICA_FAILURE, c.getStatus(),
                        c.getReason(), c.getMessage(), now()));
        conditions = rsFailure.isPresent() ? DeploymentConditions.set(conditions, rsFailure.get())
                : DeploymentConditions.remove(conditions, DeploymentConditions.REPLICA_FAILURE);
        next.setConditions(conditions);
        if (next.equals(status())) {
            requeueStuckDeployment(next);
            return;
        }
        writeStatus(next);
        requeueStuckDeployment(next);
    }

    private void requeueStuckDeployment(DeploymentStatus next) {
        Optional<DeploymentCondition> cond = DeploymentConditions.get(next.getConditions(),
                DeploymentConditions.PROGRESSING);
        if (cond.isEmpty() || !hasProgressDeadline() || deploymentComplete(next) || timedOut(next.getConditions())) {
            return;
        }
        Instant deadline = Instant.parse(cond.get().getLastUpdateTime())
                .plusSeconds(d.getSpec().getProgressDeadlineSeconds());
        Duration after = Duration.between(now(), deadline);
        queue.addAfter(Keys.of(d), after.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ZERO
                : after.plusSeconds(1));
    }

    private DeploymentStatus calculateStatus(Sets sets) {
        List<ReplicaSet> all = sets.all();
        int available = sumAvailable(all);
        int unavailable = Math.max(0, sumReplicas(all) - available);
        List<DeploymentCondition> conditions = new ArrayList<>(
                status().getConditions() == null ? List.of() : status().getConditions());
        int desired = Fenceposts.replicas(d);
        if (available >= desired - Fenceposts.maxUnavailable(d)) {
            conditions = DeploymentConditions.set(conditions, DeploymentConditions.condition(
                    DeploymentConditions.AVAILABLE, "True", DeploymentConditions.MINIMUM_REPLICAS_AVAILABLE,
                    "Deployment has minimum availability.", now()));
        } else {
            conditions = DeploymentConditions.set(conditions, DeploymentConditions.condition(
                    DeploymentConditions.AVAILABLE, "False", DeploymentConditions.MINIMUM_REPLICAS_UNAVAILABLE,
                    "Deployment does not have minimum availability.", now()));
        }
        return new DeploymentStatusBuilder()
                .withObservedGeneration(d.getMetadata().getGeneration())
                .withReplicas(all.stream().mapToInt(DeploymentSync::statusReplicas).sum())
                .withUpdatedReplicas(sets.newRS() == null ? 0 : statusReplicas(sets.newRS()))
                .withReadyReplicas(all.stream().mapToInt(rs -> rs.getStatus() == null ? 0
                        : intOf(rs.getStatus().getReadyReplicas())).sum())
                .withAvailableReplicas(available)
                .withUnavailableReplicas(unavailable)
                .withCollisionCount(status().getCollisionCount())
                .withConditions(conditions)
                .build();
    }

    private boolean deploymentComplete(DeploymentStatus s) {
        int desired = Fenceposts.replicas(d);
        long generation = d.getMetadata().getGeneration() == null ? 0 : d.getMetadata().getGeneration();
        return intOf(s.getUpdatedReplicas()) == desired && intOf(s.getReplicas()) == desired
                && intOf(s.getAvailableReplicas()) == desired
                && (s.getObservedGeneration() == null ? 0 : s.getObservedGeneration()) >= generation;
    }

    private boolean deploymentProgressing(DeploymentStatus s) {
        DeploymentStatus old = status();
        int oldOld = intOf(old.getReplicas()) - intOf(old.getUpdatedReplicas());
        int newOld = intOf(s.getReplicas()) - intOf(s.getUpdatedReplicas());
        return intOf(s.getUpdatedReplicas()) > intOf(old.getUpdatedReplicas()) || newOld < oldOld
                || intOf(s.getReadyReplicas()) > intOf(old.getReadyReplicas())
                || intOf(s.getAvailableReplicas()) > intOf(old.getAvailableReplicas());
    }

    private boolean timedOut(List<DeploymentCondition> conditions) {
        if (!hasProgressDeadline()) {
            return false;
        }
        Optional<DeploymentCondition> cond = DeploymentConditions.get(conditions, DeploymentConditions.PROGRESSING);
        if (cond.isEmpty() || DeploymentConditions.NEW_RS_AVAILABLE.equals(cond.get().getReason())) {
            return false;
        }
        if (DeploymentConditions.TIMED_OUT.equals(cond.get().getReason())) {
            return true;
        }
        Instant from = Instant.parse(cond.get().getLastUpdateTime());
        return from.plusSeconds(d.getSpec().getProgressDeadlineSeconds()).isBefore(now());
    }

    private boolean hasProgressDeadline() {
        Integer p = d.getSpec().getProgressDeadlineSeconds();
        return p != null && p != Integer.MAX_VALUE;
    }

    private DeploymentStatus status() {
        if (d.getStatus() == null) {
            d.setStatus(new DeploymentStatus());
        }
        return d.getStatus();
    }

    private void setCondition(DeploymentCondition c) {
        status().setConditions(DeploymentConditions.set(status().getConditions(), c));
    }

    private void writeStatus(DeploymentStatus s) {
        Deployment next = new DeploymentBuilder(d).withStatus(s).build();
        d = ctx.client().apps().deployments().inNamespace(d.getMetadata().getNamespace()).resource(next)
                .updateStatus();
    }

    private Instant now() {
        return ctx.clock().instant();
    }

    // ---- small readers ----

    private static List<ReplicaSet> active(List<ReplicaSet> rss) {
        return rss.stream().filter(rs -> rs != null && replicas(rs) > 0).toList();
    }

    static int replicas(ReplicaSet rs) {
        return rs == null ? 0 : intOf(rs.getSpec().getReplicas());
    }

    private static int statusReplicas(ReplicaSet rs) {
        return rs.getStatus() == null ? 0 : intOf(rs.getStatus().getReplicas());
    }

    private static int available(ReplicaSet rs) {
        return rs == null || rs.getStatus() == null ? 0 : intOf(rs.getStatus().getAvailableReplicas());
    }

    private static int sumReplicas(List<ReplicaSet> rss) {
        return rss.stream().mapToInt(DeploymentSync::replicas).sum();
    }

    private static int sumAvailable(List<ReplicaSet> rss) {
        return rss.stream().mapToInt(DeploymentSync::available).sum();
    }

    private static int intOf(Integer i) {
        return i == null ? 0 : i;
    }
}
