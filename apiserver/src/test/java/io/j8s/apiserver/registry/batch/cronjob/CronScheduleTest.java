package io.j8s.apiserver.registry.batch.cronjob;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"*/5 * * * *", "0 0 * * 0", "15,45 9-17 * jan-jun mon-fri", "0 0 1 */2 ?", "@hourly",
            "@daily", "@weekly", "@monthly", "@yearly", "@annually", "@midnight", "@every 1h30m", "5 4 * * SUN"})
    void acceptsStandardSchedules(String schedule) {
        assertThat(CronSchedule.problem(schedule)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "* * * *|expected exactly 5 fields, found 4: [* * * *]",
            "60 * * * *|end of range (60) above maximum (59): 60",
            "* * 0 * *|beginning of range (0) below minimum (1): 0",
            "5-1 * * * *|beginning of range (5) beyond end of range (1): 5-1",
            "*/0 * * * *|step of range should be a positive number: */0",
            "x * * * *|failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax",
            "1-2-3 * * * *|too many hyphens: 1-2-3",
            "@fortnightly|unrecognized descriptor: @fortnightly",
            "* * * * 7|end of range (7) above maximum (6): 7"})
    void reportsProblemsAsRobfigCronDoes(String schedule, String problem) {
        assertThat(CronSchedule.problem(schedule)).hasValue(problem);
    }
}
