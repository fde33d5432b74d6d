package io.j8s.apiserver.registry.batch.cronjob;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CronSchedulePropertiesTest {

    @Property
    void acceptsEveryScheduleOfInRangeValuesRangesAndSteps(
            @ForAll @IntRange(min = 0, max = 59) int minute, @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll @IntRange(min = 1, max = 31) int day, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 0, max = 6) int weekday, @ForAll @IntRange(min = 1, max = 60) int step) {
        String schedule = minute + "/" + step + " " + hour + "-23 " + day + "," + 31 + " */" + step + " " + weekday;

        assertThat(CronSchedule.problem(schedule)).isEmpty();
    }

    @Property
    void rejectsMinutesBeyondFiftyNine(@ForAll @IntRange(min = 60, max = 100_000) int minute) {
        assertThat(CronSchedule.problem(minute + " * * * *"))
                .hasValue("end of range (" + minute + ") above maximum (59): " + minute);
    }
}
