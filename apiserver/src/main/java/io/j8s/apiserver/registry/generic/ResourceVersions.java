package io.j8s.apiserver.registry.generic;

import io.j8s.apimachinery.api.ApiException;

/** Parses {@code resourceVersion} parameters and words the errors Kubernetes gives about them. */
final class ResourceVersions {

    private ResourceVersions() {}

    /** 0 for unset or "0", else the revision; a non-number is 400 as Kubernetes words it. */
    static long parse(String rv) {
        if (rv == null || rv.isEmpty()) {
            return 0;
        }
        try {
            long v = Long.parseLong(rv);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid resource version: " + rv);
        }
    }

    static ApiException tooLarge(long requested, long current) {
        return ApiException.timeout("Timeout: Too large resource version: " + requested + ", current: " + current);
    }

    static ApiException listTooOld() {
        return ApiException.expired("The resourceVersion for the provided list is too old.");
    }

    static ApiException watchTooOld(long requested, long oldest) {
        return ApiException.expired("too old resource version: " + requested + " (" + oldest + ")");
    }

    static ApiException continueTooOld() {
        return ApiException.expired("The provided continue parameter is too old to display a consistent list result. "
                + "You can start a new list without the continue parameter, or use the continue token in this "
                + "response to retrieve the remainder of the results. Continuing with the provided token results in "
                + "an inconsistent list - objects that were created, modified, or deleted between the time the first "
                + "chunk was returned and now may show up in the list.");
    }
}
