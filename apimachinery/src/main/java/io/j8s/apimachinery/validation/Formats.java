package io.j8s.apimachinery.validation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import io.j8s.apimachinery.labels.LabelSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Value formats of Kubernetes names and keys, as apimachinery's {@code util/validation} defines
 * them. Each check returns the problems found, worded as Kubernetes words them; empty means valid.
 */
public final class Formats {

    private Formats() {}

    public static final int DNS1123_LABEL_MAX_LENGTH = 63;
    public static final int DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
    public static final int DNS1035_LABEL_MAX_LENGTH = 63;
    public static final int QUALIFIED_NAME_MAX_LENGTH = 63;
    public static final int LABEL_VALUE_MAX_LENGTH = 63;

    private static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private static final String DNS1035_LABEL_MSG = "a DNS-1035 label must consist of lower case alphanumeric "
            + "characters or '-', start with an alphabetic character, and end with an alphanumeric character";
    private static final Pattern DNS1035_LABEL = Pattern.compile(DNS1035_LABEL_FMT);

    private static final String C_IDENTIFIER_FMT = "[A-Za-z_][A-Za-z0-9_]*";
    private static final String C_IDENTIFIER_MSG = "a valid C identifier must start with alphabetic character or '_', "
            + "followed by a string of alphanumeric characters or '_'";
    private static final Pattern C_IDENTIFIER = Pattern.compile(C_IDENTIFIER_FMT);

    private static final String ENV_VAR_NAME_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
    private static final String ENV_VAR_NAME_MSG = "a valid environment variable name must consist of alphabetic "
            + "characters, digits, '_', '-', or '.', and must not start with a digit";
    private static final Pattern ENV_VAR_NAME = Pattern.compile(ENV_VAR_NAME_FMT);

    private static final String CONFIG_KEY_FMT = "[-._a-zA-Z0-9]+";
    private static final String CONFIG_KEY_MSG = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
    private static final Pattern CONFIG_KEY = Pattern.compile(CONFIG_KEY_FMT);

    private static final Pattern PORT_NAME_CHARSET = Pattern.compile("[-a-z0-9]+");
    private static final Pattern PORT_NAME_ONE_LETTER = Pattern.compile(".*[a-z].*");

    /** {@code must be no more than N characters}. */
    public static String maxLenError(int length) {
        return LabelSyntax.maxLenError(length);
    }

    /** {@code must be non-empty}. */
    public static String emptyError() {
        return LabelSyntax.emptyError();
    }

    /** Kubernetes' {@code RegexError}: the message, examples and the regex. */
    public static String regexError(String msg, String fmt, String... examples) {
        return LabelSyntax.regexError(msg, fmt, examples);
    }

    /** {@code IsDNS1123Label}: a lowercase RFC 1123 label, at most 63 characters. */
    public static List<String> isDNS1123Label(String value) {
        return LabelSyntax.isDns1123Label(value);
    }

    /** {@code IsDNS1123Subdomain}: a lowercase RFC 1123 subdomain, at most 253 characters. */
    public static List<String> isDNS1123Subdomain(String value) {
        return LabelSyntax.isDns1123Subdomain(value);
    }

    /** {@code IsDNS1035Label}: a DNS-1035 label (starts with a letter), at most 63 characters. */
    public static List<String> isDNS1035Label(String value) {
        List<String> errs = new ArrayList<>();
        if (value.length() > DNS1035_LABEL_MAX_LENGTH) {
            errs.add(maxLenError(DNS1035_LABEL_MAX_LENGTH));
        }
        if (!DNS1035_LABEL.matcher(value).matches()) {
            errs.add(regexError(DNS1035_LABEL_MSG, DNS1035_LABEL_FMT, "my-name", "abc-123"));
        }
        return errs;
    }

    /** {@code IsQualifiedName}: a name with an optional DNS subdomain prefix, as label keys are. */
    public static List<String> isQualifiedName(String value) {
        return LabelSyntax.isQualifiedName(value);
    }

    /** {@code IsValidLabelValue}: empty, or a qualified name part of at most 63 characters. */
    public static List<String> isValidLabelValue(String value) {
        return LabelSyntax.isValidLabelValue(value);
    }

    /** {@code IsValidPortNum}: 1 to 65535. */
    public static List<String> isValidPortNum(long port) {
        return 1 <= port && port <= 65535 ? List.of() : List.of(inclusiveRangeError(1, 65535));
    }

    /** {@code IsInRange}'s words: {@code must be between 1 and 65535, inclusive}. */
    public static String inclusiveRangeError(long lo, long hi) {
        return "must be between " + lo + " and " + hi + ", inclusive";
    }

    /** {@code IsValidPortName}: an IANA_SVC_NAME, at most 15 characters with at least one letter. */
    public static List<String> isValidPortName(String port) {
        List<String> errs = new ArrayList<>();
        if (port.length() > 15) {
            errs.add(maxLenError(15));
        }
        if (!PORT_NAME_CHARSET.matcher(port).matches()) {
            errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        } else if (!PORT_NAME_ONE_LETTER.matcher(port).matches()) {
            errs.add("must contain at least one letter (a-z)");
        }
        if (port.contains("--")) {
            errs.add("must not contain consecutive hyphens");
        }
        if (!port.isEmpty() && (port.charAt(0) == '-' || port.charAt(port.length() - 1) == '-')) {
            errs.add("must not begin or end with a hyphen");
        }
        return errs;
    }

    /** {@code IsCIdentifier}. */
    public static List<String> isCIdentifier(String value) {
        return C_IDENTIFIER.matcher(value).matches()
                ? List.of()
                : List.of(regexError(C_IDENTIFIER_MSG, C_IDENTIFIER_FMT, "my_name", "MY_NAME", "MyName"));
    }

    /** {@code IsEnvVarName}: the strict form, letters, digits, '_', '-', '.', no leading digit. */
    public static List<String> isEnvVarName(String value) {
        List<String> errs = new ArrayList<>();
        if (!ENV_VAR_NAME.matcher(value).matches()) {
            errs.add(regexError(ENV_VAR_NAME_MSG, ENV_VAR_NAME_FMT, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
        }
        errs.addAll(hasChDirPrefix(value));
        return errs;
    }

    /**
     * {@code IsRelaxedEnvVarName}: printable ASCII but '=', the rule of Kubernetes 1.33 (the
     * RelaxedEnvironmentVariableValidation feature is on by default).
     */
    public static List<String> isRelaxedEnvVarName(String value) {
        List<String> errs = new ArrayList<>();
        if (value.isEmpty()) {
            errs.add("environment variable name " + emptyError());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~' || c == '=') {
                errs.add("a valid environment variable name must consist only of printable ASCII characters other than '='");
                break;
            }
        }
        return errs;
    }

    /** {@code IsConfigMapKey}: a key of a ConfigMap or Secret. */
    public static List<String> isConfigMapKey(String value) {
        List<String> errs = new ArrayList<>();
        if (value.length() > DNS1123_SUBDOMAIN_MAX_LENGTH) {
            errs.add(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
        }
        if (!CONFIG_KEY.matcher(value).matches()) {
            errs.add(regexError(CONFIG_KEY_MSG, CONFIG_KEY_FMT, "key.name", "KEY_NAME", "key-name"));
        }
        errs.addAll(hasChDirPrefix(value));
        return errs;
    }

    private static List<String> hasChDirPrefix(String value) {
        if (value.equals(".")) {
            return List.of("must not be '.'");
        }
        if (value.equals("..")) {
            return List.of("must not be '..'");
        }
        if (value.startsWith("..")) {
            return List.of("must not start with '..'");
        }
        return List.of();
    }

    /** {@code IsValidIP}: an IPv4 or IPv6 address in canonical-enough text form. */
    public static List<String> isValidIP(String value) {
        return isIP(value) ? List.of() : List.of("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
    }

    /** Whether the text is an IPv4 dotted quad or an IPv6 address, without name resolution. */
    public static boolean isIP(String value) {
        return isIPv4(value) || isIPv6(value);
    }

    public static boolean isIPv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(p) > 255 || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIPv6(String value) {
        if (!value.contains(":") || !value.matches("[0-9A-Fa-f:.]+")) {
            return false;
        }
        try {
            // Literal parsing only: the text contains no letters beyond hex, so no DNS lookup happens.
            return InetAddress.getByName(value) instanceof java.net.Inet6Address
                    || value.contains("::ffff:");
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
