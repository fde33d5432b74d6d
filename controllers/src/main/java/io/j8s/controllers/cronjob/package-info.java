/**
 * The cronjob controller: creates a Job per scheduled time of a CronJob's standard cron schedule (in its timeZone),
 * honouring concurrencyPolicy, startingDeadlineSeconds, suspend and the history limits, like Kubernetes'
 * {@code pkg/controller/cronjob}. Depends on the controller base only.
 */
package io.j8s.controllers.cronjob;
