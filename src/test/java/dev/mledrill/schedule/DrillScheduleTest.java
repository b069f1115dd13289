package dev.mledrill.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.testing.Channels;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DrillScheduleTest {
    private static final String WEEKDAYS_9 = "0 0 9 ? * MON-FRI";

    @Test
    @DisplayName("09:00 in Berlin is 08:00 UTC before the March change and 07:00 UTC after it")
    void keepsLocalHourAcrossSpringForward() {
        DrillSchedule schedule = DrillSchedule.of(Channels.weekdays("C", "Europe/Berlin", WEEKDAYS_9, Set.of()));

        Optional<DrillOccurrence> friday = schedule.nextAfter(Instant.parse("2026-03-27T00:00:00Z"));
        Optional<DrillOccurrence> monday = schedule.nextAfter(Instant.parse("2026-03-28T00:00:00Z"));

        assertThat(friday.orElseThrow().postAt().toInstant()).isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
        assertThat(monday.orElseThrow().postAt().toInstant()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    @DisplayName("by default a window stays open until the next scheduled post, over the weekend and past skip dates")
    void windowRunsToNextPost() {
        DrillSchedule schedule = DrillSchedule.of(
                Channels.weekdays("C", "America/New_York", WEEKDAYS_9, Set.of(LocalDate.of(2026, 11, 30))));

        DrillOccurrence friday = schedule.on(LocalDate.of(2026, 11, 27)).orElseThrow();

        assertThat(friday.closesAt()).isEqualTo(ZonedDateTime.parse("2026-12-01T09:00-05:00[America/New_York]"));
        assertThat(schedule.on(LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(schedule.on(LocalDate.of(2026, 11, 28))).isEmpty();
    }

    @Test
    @DisplayName("a configured answer window closes that long after the post; then nothing is open until the next post")
    void configuredWindow() {
        DrillSchedule schedule = DrillSchedule.of(Channels.settings(
                new ChannelRef(Platform.SLACK, "T", "C"),
                "UTC",
                WEEKDAYS_9,
                Set.of(),
                Optional.of(Duration.ofHours(8)),
                List.of()));

        assertThat(schedule.openAt(Instant.parse("2026-06-01T16:59:00Z"))).isPresent();
        assertThat(schedule.openAt(Instant.parse("2026-06-01T17:00:00Z"))).isEmpty();
        assertThat(schedule.openAt(Instant.parse("2026-06-02T08:59:59Z"))).isEmpty();
        assertThat(schedule.openAt(Instant.parse("2026-06-02T09:00:00Z"))
                        .orElseThrow()
                        .drillDate())
                .isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    @DisplayName("on a skip date the previous drill stays open instead of a new one being due")
    void skipDateIsNotDue() {
        DrillSchedule schedule =
                DrillSchedule.of(Channels.weekdays("C", "UTC", WEEKDAYS_9, Set.of(LocalDate.of(2026, 12, 25))));

        DrillOccurrence open =
                schedule.openAt(Instant.parse("2026-12-25T12:00:00Z")).orElseThrow();

        assertThat(open.drillDate()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    @DisplayName("an invalid cron expression is refused with a message that shows the expected form")
    void invalidCron() {
        assertThatThrownBy(() -> DrillSchedule.parse("every day at nine"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 0 9 ? * MON-FRI");
    }
}
