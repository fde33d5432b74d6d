package io.j8s.apiserver.registry.batch.cronjob;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The standard cron syntax CronJobs accept, as {@code robfig/cron}'s {@code ParseStandard}
 * checks it: five fields (minute, hour, day of month, month, day of week) of lists, ranges, steps,
 * {@code *}, {@code ?} and month or weekday names, or a descriptor such as {@code @daily}. Only
 * the syntax is checked here; the CronJob controller computes the times.
 */
public final class CronSchedule {

    private record Bounds(int min, int max, Map<String, Integer> names) {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> DAYS = Map.of(
            "sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6);
    private static final List<Bounds> FIELDS = List.of(
            new Bounds(0, 59, Map.of()), new Bounds(0, 23, Map.of()), new Bounds(1, 31, Map.of()),
            new Bounds(1, 12, MONTHS), new Bounds(0, 6, DAYS));
    private static final List<String> DESCRIPTORS = List.of(
            "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
    private static final Pattern GO_DURATION = Pattern.compile("([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h)");

    private CronSchedule() {}

    /** The parse error robfig/cron would report, or empty when the schedule is valid. */
    public static Optional<String> problem(String schedule) {
        if (schedule.isEmpty()) {
            return Optional.of("empty spec string");
        }
        String spec = schedule;
        if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
            int space = spec.indexOf(' ');
            String zone = space < 0 ? spec.substring(spec.indexOf('=') + 1) : spec.substring(spec.indexOf('=') + 1, space);
            if (TimeZones.problem(zone).isPresent()) {
                return Optional.of("provided bad location " + zone + ": unknown time zone " + zone);
            }
            spec = space < 0 ? "" : spec.substring(space).trim();
        }
        if (spec.startsWith("@")) {
            return descriptor(spec);
        }
        String[] fields = spec.trim().isEmpty() ? new String[0] : spec.trim().split("\\s+");
        if (fields.length != 5) {
            return Optional.of("expected exactly 5 fields, found " + fields.length + ": [" + String.join(" ", fields) + "]");
        }
        for (int i = 0; i < 5; i++) {
            for (String expr : fields[i].split(",", -1)) {
                Optional<String> problem = range(expr, FIELDS.get(i));
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> descriptor(String spec) {
        if (DESCRIPTORS.contains(spec)) {
            return Optional.empty();
        }
        if (spec.startsWith("@every ")) {
            String duration = spec.substring("@every ".length());
            String body = duration.startsWith("-") || duration.startsWith("+") ? duration.substring(1) : duration;
            if (body.equals("0") || (!body.isEmpty() && GO_DURATION.matcher(body).replaceAll("").isEmpty())) {
                return Optional.empty();
            }
            return Optional.of("failed to parse duration " + spec + ": time: invalid duration \"" + duration + "\"");
        }
        return Optional.of("unrecognized descriptor: " + spec);
    }

    private static Optional<String> range(String expr, Bounds bounds) {
        String[] rangeAndStep = expr.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        long start;
        long end;
        try {
            if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
                start = bounds.min();
                end = bounds.max();
            } else {
                start = intOrName(lowAndHigh[0], bounds.names());
                switch (lowAndHigh.length) {
                    case 1 -> end = start;
                    case 2 -> end = intOrName(lowAndHigh[1], bounds.names());
                    default -> {
                        return Optional.of("too many hyphens: " + expr);
                    }
                }
            }
            long step;
            switch (rangeAndStep.length) {
                case 1 -> step = 1;
                case 2 -> {
                    step = integer(rangeAndStep[1]);
                    if (lowAndHigh.length == 1) {
                        end = bounds.max();
                    }
                }
                default -> {
                    return Optional.of("too many slashes: " + expr);
                }
            }
            if (start < bounds.min()) {
                return Optional.of("beginning of range (" + start + ") below minimum (" + bounds.min() + "): " + expr);
            }
            if (end > bounds.max()) {
                return Optional.of("end of range (" + end + ") above maximum (" + bounds.max() + "): " + expr);
            }
            if (start > end) {
                return Optional.of("beginning of range (" + start + ") beyond end of range (" + end + "): " + expr);
            }
            if (step == 0) {
                return Optional.of("step of range should be a positive number: " + expr);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static long intOrName(String expr, Map<String, Integer> names) {
        Integer named = names.get(expr.toLowerCase(Locale.ROOT));
        return named != null ? named : integer(expr);
    }

    /** Go's {@code strconv.Atoi} with robfig's wording of failures. */
    private static long integer(String expr) {
        long n;
        try {
            n = Long.parseLong(expr);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("failed to parse int from " + expr
                    + ": strconv.Atoi: parsing \"" + expr + "\": invalid syntax");
        }
        if (n < 0) {
            throw new IllegalArgumentException("negative number (" + n + ") not allowed: " + expr);
        }
        return n;
    }
}
