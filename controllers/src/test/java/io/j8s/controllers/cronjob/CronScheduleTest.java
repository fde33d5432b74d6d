package io.j8s.controllers.cronjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    private static final ZonedDateTime T = ZonedDateTime.parse("2026-01-01T10:07:30Z"); // a Thursday

    private static String next(String spec, ZonedDateTime after) {
        return CronSchedule.parse(spec).next(after).orElseThrow().toString();
    }

    @Test
    void everyMinuteFiresAtTheNextWholeMinute() {
        assertThat(next("* * * * *", T)).isEqualTo("2026-01-01T10:08Z");
    }

    @Test
    void stepsRangesAndListsAreHonoured() {
        assertThat(next("*/15 * * * *", T)).isEqualTo("2026-01-01T10:15Z");
        assertThat(next("5-10/5 * * * *", T)).isEqualTo("2026-01-01T10:10Z");
        assertThat(next("0 9,17 * * *", T)).isEqualTo("2026-01-01T17:00Z");
    }

    @Test
    void monthAndWeekdayNamesAndMacrosAreUnderstood() {
        assertThat(next("0 0 * FEB *", T)).isEqualTo("2026-02-01T00:00Z");
        assertThat(next("0 0 * * MON", T)).isEqualTo("2026-01-05T00:00Z");
        assertThat(next("@hourly", T)).isEqualTo("2026-01-01T11:00Z");
        assertThat(next("@daily", T)).isEqualTo("2026-01-02T00:00Z");
        assertThat(next("@weekly", T)).isEqualTo("2026-01-04T00:00Z");
        assertThat(next("@yearly", T)).isEqualTo("2027-01-01T00:00Z");
    }

    @Test
    void restrictedDayOfMonthAndDayOfWeekMatchEitherOne() {
        // the 15th, or any Monday: Monday the 5th comes first
        assertThat(next("0 0 15 * 1", T)).isEqualTo("2026-01-05T00:00Z");
    }

    @Test
    void sevenIsSundayToo() {
        assertThat(next("0 0 * * 7", T)).isEqualTo("2026-01-04T00:00Z");
    }

    @Test
    void schedulesRunInTheirTimeZone() {
        ZonedDateTime t = T.withZoneSameInstant(ZoneId.of("America/New_York"));
        assertThat(CronSchedule.parse("0 9 * * *").next(t).orElseThrow().toInstant().toString())
                .isEqualTo("2026-01-01T14:00:00Z");
    }

    @Test
    void malformedSchedulesAreRejected() {
        assertThatThrownBy(() -> CronSchedule.parse("* * *")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronSchedule.parse("61 * * * *")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronSchedule.parse("* * * * FOO")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScheduleThatNeverFiresHasNoNextTime() {
        assertThat(CronSchedule.parse("0 0 30 2 *").next(T)).isEmpty();
    }
}
