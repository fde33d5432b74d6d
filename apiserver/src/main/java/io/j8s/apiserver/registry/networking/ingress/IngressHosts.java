package io.j8s.apiserver.registry.networking.ingress;

import io.j8s.apimachinery.validation.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Wildcard host names such as {@code *.example.com}, as apimachinery's {@code IsWildcardDNS1123Subdomain}. */
final class IngressHosts {

    private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final String WILDCARD_FMT = "\\*\\." + LABEL + "(\\." + LABEL + ")*";
    private static final Pattern WILDCARD = Pattern.compile(WILDCARD_FMT);
    private static final String WILDCARD_MSG = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid "
            + "DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";

    private IngressHosts() {}

    static List<String> wildcardProblems(String host) {
        List<String> problems = new ArrayList<>();
        if (host.length() > Formats.DNS1123_SUBDOMAIN_MAX_LENGTH) {
            problems.add(Formats.maxLenError(Formats.DNS1123_SUBDOMAIN_MAX_LENGTH));
        }
        if (!WILDCARD.matcher(host).matches()) {
            problems.add(Formats.regexError(WILDCARD_MSG, WILDCARD_FMT, "*.example.com"));
        }
        return problems;
    }
}
