/**
 * The node lifecycle controller with taint-based eviction, like Kubernetes' {@code pkg/controller/nodelifecycle}
 * and {@code pkg/controller/tainteviction}: nodes whose Lease stops being renewed turn Ready=Unknown and get the
 * {@code unreachable} taints; pods are evicted from NoExecute-tainted nodes once their tolerations run out.
 * Depends on the controller base only.
 */
package io.j8s.controllers.nodelifecycle;
