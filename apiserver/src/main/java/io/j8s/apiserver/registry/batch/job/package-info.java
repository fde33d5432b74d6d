/**
 * batch/v1 Job: defaults, the generated selector and labels, spec validation shared with CronJob
 * job templates, and the fields an update may not change.
 */
package io.j8s.apiserver.registry.batch.job;
