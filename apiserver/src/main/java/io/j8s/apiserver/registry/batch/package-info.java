/**
 * The batch/v1 group: Jobs ({@code job}) and CronJobs ({@code cronjob}). Builds on the workload
 * rules of {@link io.j8s.apiserver.registry.apps}.
 */
package io.j8s.apiserver.registry.batch;
