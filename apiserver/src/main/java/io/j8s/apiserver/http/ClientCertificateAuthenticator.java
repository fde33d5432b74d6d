package io.j8s.apiserver.http;

import io.j8s.apiserver.admission.UserInfo;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Who sent a request, as Kubernetes' x509 authenticator reads it: the user from the verified client
 * certificate's CN, the groups from its O entries plus {@code system:authenticated}; without a
 * certificate, {@code system:anonymous} in {@code system:unauthenticated}. Jetty has already
 * verified the chain against the client CA. Thread-safe.
 */
final class ClientCertificateAuthenticator {

    static final UserInfo ANONYMOUS = new UserInfo("system:anonymous", List.of("system:unauthenticated"));

    UserInfo authenticate(Request request) {
        if (!(request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData ssl)) {
            return ANONYMOUS;
        }
        X509Certificate[] chain = ssl.peerCertificates();
        if (chain == null || chain.length == 0) {
            return ANONYMOUS;
        }
        return fromSubject(chain[0].getSubjectX500Principal().getName());
    }

    /** The user of an RFC 2253 subject such as {@code CN=admin,O=system:masters}. */
    UserInfo fromSubject(String subject) {
        String name = null;
        List<String> groups = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN") && name == null) {
                    name = String.valueOf(rdn.getValue());
                } else if (rdn.getType().equalsIgnoreCase("O")) {
                    groups.add(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            return ANONYMOUS;
        }
        if (name == null || name.isEmpty()) {
            return ANONYMOUS;
        }
        // LdapName lists RDNs from the last to the first; Kubernetes keeps the certificate's order
        java.util.Collections.reverse(groups);
        groups.add("system:authenticated");
        return new UserInfo(name, List.copyOf(groups));
    }
}
