package io.j8s.apiserver.admission;

/** The operation being admitted, as Kubernetes' {@code admission.Operation}. */
public enum AdmissionOperation { CREATE, UPDATE, DELETE, CONNECT }
