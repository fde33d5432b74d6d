package io.j8s.controllers.job;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.UncountedTerminatedPodsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** Computes a {@link JobPlan} from a Job, its pods, the time and its backoff record. Pure. */
final class JobSync {

    static final int DEFAULT_BACKOFF_LIMIT = 6;

    private final Job job;
    private final List<Pod> pods;
    private final Instant now;
    private final String nowText;
    private final List<JobCondition> conditions;
    private final List<JobPlan.Event> events = new ArrayList<>();

    private JobSync(Job job, List<Pod> pods, Instant now) {
        this.job = job;
        this.pods = pods;
        this.now = now;
        this.nowText = DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS));
        JobStatus s = job.getStatus();
        this.conditions = new ArrayList<>(s == null || s.getConditions() == null ? List.of() : s.getConditions());
    }

    static JobPlan plan(Job job, List<Pod> pods, Instant now, BackoffRecord backoff) {
        return new JobSync(job, pods, now).plan(backoff);
    }

    static boolean finished(Job job) {
        return job.getStatus() != null && job.getStatus().getConditions() != null && job.getStatus().getConditions()
                .stream().anyMatch(c -> ("Complete".equals(c.getType()) || "Failed".equals(c.getType()))
                        && "True".equals(c.getStatus()));
    }

    private JobPlan plan(BackoffRecord backoff) {
        JobStatus old = job.getStatus() == null ? new JobStatus() : job.getStatus();
        boolean indexed = JobPods.indexed(job);
        Integer completions = job.getSpec().getCompletions();
        int succeeded = nz(old.getSucceeded());
        int failed = nz(old.getFailed());
        BitSet completed = CompletedIndexes.parse(old.getCompletedIndexes());
        Set<String> uncountedSucceeded = new HashSet<>(old.getUncountedTerminatedPods() == null
                || old.getUncountedTerminatedPods().getSucceeded() == null ? List.of()
                : old.getUncountedTerminatedPods().getSucceeded());
        Set<String> uncountedFailed = new HashSet<>(old.getUncountedTerminatedPods() == null
                || old.getUncountedTerminatedPods().getFailed() == null ? List.of()
                : old.getUncountedTerminatedPods().getFailed());

        List<Pod> finishedNow = pods.stream().filter(p -> JobPods.tracked(p) && JobPods.finished(p)).toList();
        Map<String, Pod> byUid = new TreeMap<>();
        pods.forEach(p -> byUid.put(p.getMetadata().getUid(), p));
        finishedNow.forEach(p -> (JobPods.succeeded(p) ? uncountedSucceeded : uncountedFailed).add(p.getMetadata().getUid()));

        int newSuccesses = 0;
        for (String uid : uncountedSucceeded) {
            Pod pod = byUid.get(uid);
            OptionalInt ix = pod == null ? OptionalInt.empty() : JobPods.index(pod);
            if (!indexed) {
                newSuccesses++;
            } else if (ix.isPresent() && completions != null && ix.getAsInt() < completions && !completed.get(ix.getAsInt())) {
                completed.set(ix.getAsInt());
                newSuccesses++;
            }
        }
        int newFailures = 0;
        Optional<PodFailurePolicyRules.Match> failJob = Optional.empty();
        for (String uid : uncountedFailed) {
            Pod pod = byUid.get(uid);
            Optional<PodFailurePolicyRules.Match> match = pod == null ? Optional.empty() : PodFailurePolicyRules.match(job, pod);
            String action = match.map(PodFailurePolicyRules.Match::action).orElse("Count");
            if ("Ignore".equals(action)) {
                continue;
            }
            if ("FailJob".equals(action) && failJob.isEmpty()) {
                failJob = match;
            }
            newFailures++;
        }
        succeeded += newSuccesses;
        failed += newFailures;
        if (newSuccesses > 0) {
            backoff = BackoffRecord.NONE;
        }
        if (newFailures > 0) {
            backoff = new BackoffRecord(backoff.failuresInRow() + newFailures, now);
        }

        List<Pod> active = pods.stream().filter(p -> !JobPods.finished(p)).toList();
        String startTime = old.getStartTime();
        boolean suspended = Boolean.TRUE.equals(job.getSpec().getSuspend());
        if (startTime == null && !suspended) {
            startTime = nowText;
        }

        List<Pod> toDelete = new ArrayList<>();
        List<OptionalInt> toCreate = new ArrayList<>();
        Optional<Duration> requeue = Optional.empty();
        String completionTime = old.getCompletionTime();

        Optional<String[]> failure = failureOf(failJob, failed, startTime);
        if (failure.isPresent() || has("FailureTarget")) {
            String[] reason = failure.orElseGet(() -> reasonOf("FailureTarget"));
            if (setCondition("FailureTarget", reason[0], reason[1])) {
                events.add(new JobPlan.Event("Warning", reason[0], reason[1]));
            }
            toDelete.addAll(active);
            if (active.isEmpty()) {
                setCondition("Failed", reason[0], reason[1]);
            }
        } else if (successReached(indexed, completions, succeeded, completed, active)) {
            setCondition("SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods");
            toDelete.addAll(active);
            if (active.isEmpty()) {
                if (setCondition("Complete", "CompletionsReached", "Reached expected number of succeeded pods")) {
                    events.add(new JobPlan.Event("Normal", "Completed", "Job completed"));
                }
                completionTime = completionTime == null ? nowText : completionTime;
            }
        } else if (suspended) {
            toDelete.addAll(active);
            if (setCondition("Suspended", "JobSuspended", "Job suspended")) {
                events.add(new JobPlan.Event("Normal", "Suspended", "Job suspended"));
            }
        } else {
            if (has("Suspended")) {
                setConditionStatus("Suspended", "False", "JobResumed", "Job resumed");
                events.add(new JobPlan.Event("Normal", "Resumed", "Job resumed"));
            }
            int parallelism = job.getSpec().getParallelism() == null ? 1 : job.getSpec().getParallelism();
            List<OptionalInt> wanted = indexed
                    ? indexedScale(active, completed, completions == null ? 0 : completions, parallelism, toDelete)
                    : nonIndexedScale(active, completions, succeeded, parallelism, toDelete);
            Duration wait = JobBackoff.delay(backoff.failuresInRow());
            Instant allowed = backoff.lastFailure().plus(wait);
            if (!wanted.isEmpty() && now.isBefore(allowed)) {
                requeue = Optional.of(Duration.between(now, allowed));
            } else {
                toCreate.addAll(wanted);
            }
            Integer ads = job.getSpec().getActiveDeadlineSeconds() == null ? null
                    : job.getSpec().getActiveDeadlineSeconds().intValue();
            if (ads != null && startTime != null) {
                Duration left = Duration.between(now, Instant.parse(startTime).plusSeconds(ads));
                requeue = Optional.of(requeue.map(r -> r.compareTo(left) < 0 ? r : left).orElse(left));
            }
        }

        List<Pod> remaining = active.stream().filter(p -> !toDelete.contains(p)).toList();
        JobStatusBuilder status = new JobStatusBuilder(old)
                .withActive(remaining.size() + toCreate.size())
                .withReady((int) remaining.stream().filter(JobPods::ready).count())
                .withTerminating((int) pods.stream().filter(p -> p.getMetadata().getDeletionTimestamp() != null
                        && !"Succeeded".equals(phase(p)) && !"Failed".equals(phase(p))).count() + toDelete.size())
                .withSucceeded(succeeded).withFailed(failed).withStartTime(startTime).withCompletionTime(completionTime)
                .withUncountedTerminatedPods(new UncountedTerminatedPodsBuilder().build())
                .withConditions(conditions);
        if (indexed) {
            status.withCompletedIndexes(CompletedIndexes.format(completed));
        }
        return new JobPlan(finishedNow, toDelete, toCreate, status.build(), backoff, requeue.filter(d -> !d.isNegative()),
                events);
    }

    private Optional<String[]> failureOf(Optional<PodFailurePolicyRules.Match> failJob, int failed, String startTime) {
        if (failJob.isPresent()) {
            return Optional.of(new String[] {"PodFailurePolicy", failJob.get().message()});
        }
        int limit = job.getSpec().getBackoffLimit() == null ? DEFAULT_BACKOFF_LIMIT : job.getSpec().getBackoffLimit();
        if (failed > limit) {
            return Optional.of(new String[] {"BackoffLimitExceeded", "Job has reached the specified backoff limit"});
        }
        Long ads = job.getSpec().getActiveDeadlineSeconds();
        if (ads != null && startTime != null && !now.isBefore(Instant.parse(startTime).plusSeconds(ads))) {
            return Optional.of(new String[] {"DeadlineExceeded", "Job was active longer than specified deadline"});
        }
        return Optional.empty();
    }

    private static boolean successReached(boolean indexed, Integer completions, int succeeded, BitSet completed,
            List<Pod> active) {
        if (indexed) {
            return completions != null && completed.cardinality() >= completions;
        }
        return completions == null ? succeeded > 0 && active.isEmpty() : succeeded >= completions;
    }

    private static List<OptionalInt> nonIndexedScale(List<Pod> active, Integer completions, int succeeded,
            int parallelism, List<Pod> toDelete) {
        int want = completions == null ? (succeeded > 0 ? 0 : parallelism)
                : Math.max(0, Math.min(parallelism, completions - succeeded));
        List<OptionalInt> create = new ArrayList<>();
        if (active.size() > want) {
            // Delete not-ready pods first, then the newest.
            active.stream().sorted(Comparator.comparing(JobPods::ready)
                            .thenComparing((Pod p) -> p.getMetadata().getCreationTimestamp(),
                                    Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(active.size() - want).forEach(toDelete::add);
        }
        for (int i = active.size(); i < want; i++) {
            create.add(OptionalInt.empty());
        }
        return create;
    }

    private static List<OptionalInt> indexedScale(List<Pod> active, BitSet completed, int completions, int parallelism,
            List<Pod> toDelete) {
        BitSet running = new BitSet();
        List<Pod> valid = new ArrayList<>();
        for (Pod p : active.stream().sorted(Comparator.comparing(p -> p.getMetadata().getName())).toList()) {
            OptionalInt ix = JobPods.index(p);
            if (ix.isEmpty() || ix.getAsInt() >= completions || completed.get(ix.getAsInt()) || running.get(ix.getAsInt())) {
                toDelete.add(p); // malformed, out of range, done already, or a duplicate
            } else {
                running.set(ix.getAsInt());
                valid.add(p);
            }
        }
        int want = Math.max(0, Math.min(parallelism, completions - completed.cardinality()));
        if (valid.size() > want) {
            valid.sort(Comparator.comparingInt(p -> -JobPods.index(p).getAsInt()));
            toDelete.addAll(valid.subList(0, valid.size() - want));
            return List.of();
        }
        List<OptionalInt> create = new ArrayList<>();
        for (int i = 0; i < completions && valid.size() + create.size() < want; i++) {
            if (!completed.get(i) && !running.get(i)) {
                create.add(OptionalInt.of(i));
            }
        }
        return create;
    }

    private boolean has(String type) {
        return conditions.stream().anyMatch(c -> type.equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private String[] reasonOf(String type) {
        return conditions.stream().filter(c -> type.equals(c.getType())).findFirst()
                .map(c -> new String[] {c.getReason(), c.getMessage()}).orElseThrow();
    }

    /** Sets condition {@code type} True; returns whether it changed. */
    private boolean setCondition(String type, String reason, String message) {
        return setConditionStatus(type, "True", reason, message);
    }

    private boolean setConditionStatus(String type, String status, String reason, String message) {
        for (int i = 0; i < conditions.size(); i++) {
            JobCondition c = conditions.get(i);
            if (type.equals(c.getType())) {
                if (status.equals(c.getStatus())) {
                    return false;
                }
                conditions.set(i, condition(type, status, reason, message));
                return true;
            }
        }
        conditions.add(condition(type, status, reason, message));
        return true;
    }

    private JobCondition condition(String type, String status, String reason, String message) {
        return new JobConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
                .withLastProbeTime(nowText).withLastTransitionTime(nowText).build();
    }

    private static String phase(Pod p) {
        return p.getStatus() == null ? null : p.getStatus().getPhase();
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
