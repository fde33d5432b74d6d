package io.j8s.apiserver.discovery;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes' "kube-aware" version order: GA before beta before alpha, higher numbers first, and
 * versions that do not look like Kubernetes versions last, alphabetically (as
 * {@code version.CompareKubeAwareVersionStrings} sorts CRD versions).
 */
final class VersionPriority implements Comparator<String> {

    private static final Pattern KUBE_VERSION = Pattern.compile("^v(\\d+)(?:(alpha|beta)(\\d+))?$");

    @Override
    public int compare(String a, String b) {
        Matcher ma = KUBE_VERSION.matcher(a);
        Matcher mb = KUBE_VERSION.matcher(b);
        boolean ka = ma.matches();
        boolean kb = mb.matches();
        if (!ka || !kb) {
            if (ka) return -1;
            if (kb) return 1;
            return a.compareTo(b);
        }
        int stability = Integer.compare(stability(mb.group(2)), stability(ma.group(2)));
        if (stability != 0) return stability;
        int major = Long.compare(Long.parseLong(mb.group(1)), Long.parseLong(ma.group(1)));
        if (major != 0) return major;
        if (ma.group(3) == null) return 0;
        return Long.compare(Long.parseLong(mb.group(3)), Long.parseLong(ma.group(3)));
    }

    private static int stability(String qualifier) {
        if (qualifier == null) return 2;
        return qualifier.equals("beta") ? 1 : 0;
    }
}
