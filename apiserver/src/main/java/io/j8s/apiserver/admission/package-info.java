/**
 * Admission: plugins that look at (and may change or refuse) a write after it is decoded and before
 * it is stored, mutating ones first, then validating ones, as Kubernetes' admission chain runs them.
 * Depends on the registry contracts and apimachinery only.
 */
package io.j8s.apiserver.admission;
