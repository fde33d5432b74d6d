package io.j8s.apiserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.j8s.apiserver.admission.UserInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientCertificateAuthenticatorTest {

    private final ClientCertificateAuthenticator authenticator = new ClientCertificateAuthenticator();

    @Test
    void takesTheUserFromTheCommonNameAndGroupsFromOrganizations() {
        assertThat(authenticator.fromSubject("CN=kubernetes-admin,O=system:masters,O=devs"))
                .isEqualTo(new UserInfo("kubernetes-admin", List.of("system:masters", "devs", "system:authenticated")));
    }

    @Test
    void treatsASubjectWithoutCommonNameAsAnonymous() {
        assertThat(authenticator.fromSubject("O=system:masters")).isEqualTo(ClientCertificateAuthenticator.ANONYMOUS);
    }
}
