/** The cluster's certificates: the CA, the API server's serving certificate, client certificates. BouncyCastle only. */
package io.j8s.apiserver.pki;
