/**
 * KubeSchedulerConfiguration (kubescheduler.config.k8s.io/v1) read from YAML into profiles and
 * scheduler-wide settings. The only package that reads the configuration file format.
 */
package io.j8s.scheduler.config;
