/** apps/v1 Deployment: defaults, validation and status rules. */
package io.j8s.apiserver.registry.apps.deployment;
