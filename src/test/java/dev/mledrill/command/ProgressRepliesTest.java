package dev.mledrill.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.progress.Reminders;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcReminders;
import dev.mledrill.store.JdbcScoreHistory;
import dev.mledrill.store.JdbcTeamHistory;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.testing.Channels;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressRepliesTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ANA = new UserRef(Platform.SLACK, "T1", "UANA");
    private static final ChannelSettings SETTINGS =
            Channels.settings(CHANNEL, "Europe/Berlin", "0 0 9 ? * MON-FRI", Set.of(), Optional.empty(), List.of());

    private final Database database = Database.h2InMemory("progress-replies-" + System.nanoTime());
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-09T10:00:00Z"), ZoneOffset.UTC);
    private final JdbcReminders reminders = new JdbcReminders(database.dataSource());
    private final ProgressReplies replies = new ProgressReplies(
            new ProgressCharts(
                    new JdbcScoreHistory(database.dataSource()),
                    new JdbcTeamHistory(database.dataSource()),
                    new JdbcLeaderboards(database.dataSource(), StreakPolicy.DEFAULT, clock),
                    clock),
            c -> new CommandReply("text stats"),
            reminders);

    @AfterEach
    void close() {
        database.close();
    }

    private CommandContext context(String text) {
        List<String> words = Arrays.asList(text.split(" "));
        return new CommandContext(
                new ChatEvent.CommandInvoked("e1", CHANNEL, ANA, "Ana", false, text, clock.instant()),
                words.subList(1, words.size()),
                Optional.of(SETTINGS));
    }

    @Test
    @DisplayName("/drill remind shows the channel default, then stores on with quiet hours, then off")
    void remind() {
        assertThat(replies.remind(context("remind")).markdown()).contains("**off** for you (this channel's default)");

        assertThat(replies.remind(context("remind on quiet 22:00-07:30")).markdown())
                .contains("a DM comes 2 h before the question closes", "never between 22:00 and 07:30");
        assertThat(reminders.choice(ANA))
                .contains(new Reminders.Choice(
                        true, Optional.of(new Reminders.QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30)))));

        replies.remind(context("remind off"));
        assertThat(reminders.choice(ANA).map(Reminders.Choice::enabled)).contains(false);
        assertThat(replies.remind(context("remind")).markdown()).contains("**off** for you, quiet 22:00–07:30");
    }

    @Test
    @DisplayName("bad /drill remind and /drill stats arguments are one clear line")
    void badArguments() {
        assertThatThrownBy(() -> replies.remind(context("remind maybe"))).hasMessageContaining("takes on or off");
        assertThatThrownBy(() -> replies.remind(context("remind on quiet 25:00-07:00")))
                .hasMessageContaining("quiet 22:00-07:00");
        assertThatThrownBy(() -> replies.stats(context("stats everyone"))).hasMessageContaining("`/drill stats team`");
    }

    @Test
    @DisplayName("/drill stats without a scored answer is the text alone; stats team is for the channel with its chart")
    void statsWithoutHistory() {
        assertThat(replies.stats(context("stats")).image()).isEmpty();

        CommandReply team = replies.stats(context("stats team"));

        assertThat(team.audience()).isEqualTo(CommandReply.Audience.CHANNEL);
        assertThat(team.image()).isPresent();
        assertThat(team.image().get().altText()).contains("none yet", "no streaks yet");
    }
}
