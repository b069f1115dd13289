package dev.mledrill.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.privacy.PrivacyService;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcPersonalData;
import dev.mledrill.store.PersonalRows;
import dev.mledrill.streak.StreakSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrivacyRepliesTest {
    private static final Instant NOW = Instant.parse("2026-06-09T10:00:00Z");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.DISCORD, "G1", "C1");
    private static final ChannelRef OTHER_GUILD = new ChannelRef(Platform.DISCORD, "G2", "C2");
    private static final UserRef SAM = new UserRef(Platform.DISCORD, "G1", "42");

    private final Database database = Database.h2InMemory("privacy-replies-" + System.nanoTime());
    private final PersonalRows rows = new PersonalRows(database);
    private final PrivacyReplies replies = new PrivacyReplies(new PrivacyService(
            new JdbcPersonalData(database.dataSource()),
            (user, channel) -> new StreakSummary(2, 2, 0, 2),
            Clock.fixed(NOW, ZoneOffset.UTC)));

    @AfterEach
    void close() {
        database.close();
    }

    private CommandContext command(String text) {
        List<String> words = Arrays.asList(text.split(" "));
        return new CommandContext(
                new ChatEvent.CommandInvoked("e1", CHANNEL, SAM, "sam", false, text, NOW),
                words.subList(1, words.size()),
                Optional.empty());
    }

    @Test
    @DisplayName("/drill export shows a short export as JSON in the private reply")
    void shortExportInChat() {
        rows.answer(SAM, CHANNEL, rows.question(CHANNEL, "q1", NOW), "INT8 halved the model size", NOW.plusSeconds(5));

        String reply = replies.export(command("export")).markdown();

        assertThat(reply)
                .startsWith("**Your data** (only you can see this):")
                .contains("```", "\"text\":\"INT8 halved the model size\"");
        assertThat(reply.length()).isLessThan(2_000);
    }

    @Test
    @DisplayName(
            "/drill export of more than fits in a message gives counts and the CLI command that exports it in full")
    void longExportPointsToTheCli() {
        for (int day = 0; day < 12; day++) {
            Instant at = NOW.minusSeconds(86_400L * day);
            rows.answer(
                    SAM, CHANNEL, rows.question(CHANNEL, "q" + day, at), "answer number " + day + " ".repeat(150), at);
        }

        String reply = replies.export(command("export")).markdown();

        assertThat(reply)
                .contains(
                        "12 answer(s)", "mle-drill export --user 42 --platform discord --team G1 --output my-data.json")
                .doesNotContain("answer number");
    }

    @Test
    @DisplayName(
            "/drill forget-me asks for confirmation first, then deletes this workspace or, when asked, every workspace")
    void forgetMeConfirms() {
        rows.answer(SAM, CHANNEL, rows.question(CHANNEL, "q1", NOW), "mine", NOW.plusSeconds(5));
        rows.answer(
                new UserRef(Platform.DISCORD, "G2", "42"),
                OTHER_GUILD,
                rows.question(OTHER_GUILD, "q1", NOW),
                "mine elsewhere",
                NOW.plusSeconds(5));

        assertThat(replies.forgetMe(command("forget-me")).markdown())
                .contains("`/drill forget-me confirm`", "cannot be undone");
        assertThat(rows.count("select count(*) from answers")).isEqualTo(2);

        assertThat(replies.forgetMe(command("forget-me confirm")).markdown())
                .startsWith("Done")
                .contains("answers 1");
        assertThat(rows.count("select count(*) from answers")).isEqualTo(1);
        assertThat(replies.forgetMe(command("forget-me confirm")).markdown())
                .startsWith("Nothing was stored about you");

        assertThat(replies.forgetMe(command("forget-me confirm everywhere")).markdown())
                .startsWith("Done");
        assertThat(rows.count("select count(*) from answers")).isZero();
        assertThat(replies.export(command("export everywhere")).markdown()).isEqualTo("Nothing is stored about you.");
    }
}
