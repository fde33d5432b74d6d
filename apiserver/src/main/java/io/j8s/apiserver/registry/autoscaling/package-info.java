/** The autoscaling group: HorizontalPodAutoscalers, stored as autoscaling/v2 and also served as autoscaling/v1. */
package io.j8s.apiserver.registry.autoscaling;
