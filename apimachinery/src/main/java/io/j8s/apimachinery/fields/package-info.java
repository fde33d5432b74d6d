/**
 * Field selectors as Kubernetes' {@code k8s.io/apimachinery/pkg/fields} defines them: the string
 * syntax of {@code ?fieldSelector=} with backslash escaping, matching against an object's
 * selectable fields, and exact-value lookups for indexes. Pure logic over strings and maps.
 */
package io.j8s.apimachinery.fields;
