package io.j8s.apiserver.registry.batch.cronjob;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/** IANA time zone names as CronJobs accept them in {@code spec.timeZone}, checked against the JDK's zone rules. */
final class TimeZones {

    private static final Pattern PART = Pattern.compile("^[A-Za-z.\\-_0-9+]{1,14}$");

    private TimeZones() {}

    /** Go's {@code time.LoadLocation} error for an unknown zone, or empty when the zone is known. */
    static Optional<String> problem(String zone) {
        if (zone.equals("UTC") || zone.isEmpty()) {
            return Optional.empty();
        }
        for (String part : zone.split("/", -1)) {
            if (part.equals(".") || part.equals("..") || part.startsWith("-") || !PART.matcher(part).matches()) {
                return Optional.of("unknown time zone " + zone);
            }
        }
        try {
            // ZoneId accepts offsets such as "+01:00" that IANA does not name; only region ids count.
            ZoneId id = ZoneId.of(zone);
            if (!ZoneId.getAvailableZoneIds().contains(id.getId())) {
                return Optional.of("unknown time zone " + zone);
            }
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("unknown time zone " + zone);
        }
    }
}
