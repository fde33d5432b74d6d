/** batch/v1 CronJob: defaults, cron schedule and time zone validation, the job template's rules. */
package io.j8s.apiserver.registry.batch.cronjob;
