package io.j8s.scheduler.framework;

import java.util.List;

/**
 * The result of a plugin call: a code, the reasons shown to users, and the plugin that failed.
 *
 * @param code what happened
 * @param reasons user-facing reasons, each counted separately in the FailedScheduling message
 * @param plugin the plugin that returned this status, or null
 */
public record Status(Code code, List<String> reasons, String plugin) {

    private static final Status SUCCESS = new Status(Code.SUCCESS, List.of(), null);
    private static final Status SKIP = new Status(Code.SKIP, List.of(), null);

    public Status {
        reasons = List.copyOf(reasons);
    }

    public static Status success() {
        return SUCCESS;
    }

    public static Status skip() {
        return SKIP;
    }

    public static Status of(Code code, String... reasons) {
        return new Status(code, List.of(reasons), null);
    }

    public static Status unschedulable(String... reasons) {
        return of(Code.UNSCHEDULABLE, reasons);
    }

    public static Status unresolvable(String... reasons) {
        return of(Code.UNSCHEDULABLE_AND_UNRESOLVABLE, reasons);
    }

    public static Status error(String reason) {
        return of(Code.ERROR, reason);
    }

    public boolean isSuccess() {
        return code == Code.SUCCESS;
    }

    public boolean isSkip() {
        return code == Code.SKIP;
    }

    /** True for both unschedulable codes: the pod does not fit, as opposed to an internal error. */
    public boolean isRejected() {
        return code == Code.UNSCHEDULABLE || code == Code.UNSCHEDULABLE_AND_UNRESOLVABLE;
    }

    public Status withPlugin(String name) {
        return plugin != null || code == Code.SUCCESS ? this : new Status(code, reasons, name);
    }

    /** The reasons joined as Kubernetes' Status.Message does. */
    public String message() {
        return String.join(", ", reasons);
    }
}
