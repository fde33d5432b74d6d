/**
 * OpenAPI v3: the {@code /openapi/v3} index and one document per group-version, with the schemas of
 * every kind served derived from the fabric8 model classes and named as Kubernetes names them.
 * kubectl reads them for {@code apply} (field validation support, strategic merge patch keys) and
 * {@code explain}. Pure functions of the served resource definitions; no HTTP here.
 */
package io.j8s.apiserver.openapi;
