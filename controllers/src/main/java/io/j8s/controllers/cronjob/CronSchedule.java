package io.j8s.controllers.cronjob;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A standard five-field cron schedule (minute hour day-of-month month day-of-week) with ranges, steps, lists,
 * month and weekday names and the {@code @hourly}-style macros, with the robfig/cron semantics Kubernetes uses:
 * when both day fields are restricted, a day matching either one matches. Immutable.
 */
public final class CronSchedule {

    private static final Map<String, String> MACROS = Map.of(
            "@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *", "@monthly", "0 0 1 * *",
            "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@hourly", "0 * * * *");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean domStar;
    private final boolean dowStar;

    private CronSchedule(String[] f) {
        minutes = field(f[0], 0, 59, List.of(), 0);
        hours = field(f[1], 0, 23, List.of(), 0);
        daysOfMonth = field(f[2], 1, 31, List.of(), 0);
        months = field(f[3], 1, 12, MONTHS, 1);
        BitSet dow = field(f[4], 0, 7, DAYS, 0);
        if (dow.get(7)) {
            dow.set(0); // 7 is Sunday too
        }
        daysOfWeek = dow;
        domStar = star(f[2]);
        dowStar = star(f[4]);
    }

    /** Unrestricted, as robfig/cron counts it: a step greater than one restricts even {@code *}. */
    private static boolean star(String field) {
        return field.equals("*") || field.equals("?") || field.equals("*/1");
    }

    /** Parses {@code spec}; throws IllegalArgumentException with a message when it is not a valid schedule. */
    public static CronSchedule parse(String spec) {
        String s = spec.trim();
        String expanded = MACROS.getOrDefault(s.toLowerCase(Locale.ROOT), s);
        String[] fields = expanded.split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("expected exactly 5 fields, found " + fields.length + ": " + spec);
        }
        return new CronSchedule(fields);
    }

    private static BitSet field(String text, int min, int max, List<String> names, int nameBase) {
        BitSet set = new BitSet();
        for (String part : text.split(",")) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = Integer.parseInt(part.substring(slash + 1));
                if (step <= 0) {
                    throw new IllegalArgumentException("step must be positive: " + part);
                }
            }
            int lo;
            int hi;
            if (range.equals("*") || range.equals("?")) {
                lo = min;
                hi = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                lo = value(ends[0], names, nameBase);
                hi = value(ends[1], names, nameBase);
            } else {
                lo = value(range, names, nameBase);
                hi = slash >= 0 ? max : lo;
            }
            if (lo < min || hi > max || lo > hi) {
                throw new IllegalArgumentException("value out of range [" + min + "," + max + "]: " + part);
            }
            for (int v = lo; v <= hi; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    private static int value(String text, List<String> names, int nameBase) {
        int i = names.indexOf(text.toUpperCase(Locale.ROOT));
        if (i >= 0) {
            return i + nameBase;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number or name: " + text);
        }
    }

    /** The first scheduled time strictly after {@code after}, searching up to five years ahead. */
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        ZonedDateTime limit = after.plusYears(5);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean dom = daysOfMonth.get(t.getDayOfMonth());
        boolean dow = daysOfWeek.get(t.getDayOfWeek().getValue() % 7);
        if (domStar || dowStar) {
            return dom && dow;
        }
        return dom || dow;
    }
}
