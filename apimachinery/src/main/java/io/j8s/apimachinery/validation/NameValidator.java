package io.j8s.apimachinery.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * How a resource's object names are checked, as Kubernetes' {@code ValidateNameFunc}: the problems
 * with a name, or with a {@code generateName} prefix when {@code prefix} is true (a prefix may end
 * with '-', since random characters follow).
 */
@FunctionalInterface
public interface NameValidator {

    List<String> validate(String name, boolean prefix);

    /** Most resources: a DNS-1123 subdomain such as {@code my.config-1}. */
    NameValidator DNS1123_SUBDOMAIN = (name, prefix) -> Formats.isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);

    /** Namespaces and others used as DNS labels. */
    NameValidator DNS1123_LABEL = (name, prefix) -> Formats.isDNS1123Label(prefix ? maskTrailingDash(name) : name);

    /** Services: a DNS-1035 label, starting with a letter. */
    NameValidator DNS1035_LABEL = (name, prefix) -> Formats.isDNS1035Label(prefix ? maskTrailingDash(name) : name);

    /** Names that only need to be a path segment (RBAC roles and bindings, for example). */
    NameValidator PATH_SEGMENT = (name, prefix) -> {
        List<String> errs = new ArrayList<>();
        if (!prefix) {
            if (name.equals(".") || name.equals("..")) {
                errs.add("may not be '" + name + "'");
            }
        }
        for (String illegal : List.of("/", "%")) {
            if (name.contains(illegal)) {
                errs.add("may not contain '" + illegal + "'");
            }
        }
        return errs;
    };

    /** Replaces a trailing '-' with 'a' so that a generateName prefix validates as a name would. */
    static String maskTrailingDash(String name) {
        return name.length() > 1 && name.endsWith("-") ? name.substring(0, name.length() - 1) + "a" : name;
    }
}
