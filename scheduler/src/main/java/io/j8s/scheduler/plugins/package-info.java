/**
 * The in-tree plugins, one class per Kubernetes plugin and named as in Kubernetes, with
 * {@link io.j8s.scheduler.plugins.InTreePlugins} listing them and the default profile.
 * Depends on the framework package, apimachinery and the fabric8 model.
 */
package io.j8s.scheduler.plugins;
