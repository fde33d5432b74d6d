/**
 * The job controller: runs a Job's pods to completion (completions, parallelism, Indexed mode), counts finished
 * pods through the {@code batch.kubernetes.io/job-tracking} finalizer, backs off after failures and fails the Job
 * on backoffLimit, activeDeadlineSeconds or a podFailurePolicy rule, like Kubernetes' {@code pkg/controller/job}.
 * Depends on the controller base only.
 */
package io.j8s.controllers.job;
