package io.j8s.apiserver.admission;

import java.util.List;

/**
 * Who makes a request.
 *
 * @param username the user name, such as {@code kubernetes-admin}
 * @param groups the groups, such as {@code system:masters}
 */
public record UserInfo(String username, List<String> groups) {

    /** The only user until authentication lands: a cluster admin. */
    public static UserInfo admin() {
        return new UserInfo("kubernetes-admin", List.of("system:masters", "system:authenticated"));
    }
}
