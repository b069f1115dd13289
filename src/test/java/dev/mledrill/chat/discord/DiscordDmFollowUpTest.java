package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.drill.ChannelSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The follow-up answered in the DM on Discord (feedback mode {@code dm}), end to end: JDA against {@link FakeDiscord},
 * the real drill service with probes on, the rubric scorer and H2.
 */
class DiscordDmFollowUpTest {
    private static final ChannelSettings DM_FEEDBACK = new ChannelSettings(
            DiscordHarness.DRILL_CHANNEL,
            "drill",
            "0 0 9 ? * MON-FRI",
            ZoneId.of("Europe/Berlin"),
            Map.of(),
            Set.of(),
            Optional.empty(),
            FeedbackMode.DM,
            true,
            true,
            List.of());
    private static final String WEAK = "Users got a smooth preview: 48 ms to 29 ms on a Pixel 6a.";
    private static final String REPLY = "The target was 33 ms per frame at 30 fps; INT8 with QAT on the NPU cut it, and"
            + " boundary IoU stayed within 0.5 % of the FP32 baseline on 2,000 portraits. Battery drain fell from 690 mW"
            + " to 410 mW over ten minutes, and if edges degraded we would keep the last layers in fp16 instead.";

    private RealCore core;
    private DiscordHarness h;
    private String thread;

    @BeforeEach
    void start() throws Exception {
        core = new RealCore(DM_FEEDBACK, List.of(Samples.QUESTION), Clock.systemUTC(), true);
        h = new DiscordHarness(FeedbackMode.DM, core.drill);
        h.replies = core.commands::handle;
        thread = core.postDrill(h, Samples.QUESTION);
    }

    @AfterEach
    void stop() throws InterruptedException {
        core.close();
        h.close();
    }

    private List<String> dmTexts(String dm) {
        return h.discord.calls().stream()
                .filter(c -> c.is("POST", "channels/" + dm + "/messages"))
                .map(c -> c.body().path("content").asText())
                .toList();
    }

    private double number(String sql) throws Exception {
        try (Connection c = core.db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    /** The weak answer in the question's thread, its feedback with the probe in the DM; returns the DM's id. */
    private String probedByDm() {
        h.discord.userPosts(thread, ALICE, WEAK);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> h.discord.dmChannelOf(ALICE) != null
                        && core.count("select count(*) from answer_probes where feedback_dm_channel = '"
                                        + h.discord.dmChannelOf(ALICE) + "' and feedback_dm_message is not null")
                                == 1);
        String dm = h.discord.dmChannelOf(ALICE);
        assertThat(String.join("\n", dmTexts(dm)))
                .contains("**Follow-up:**")
                .contains("Reply here (in this DM) before the window closes");
        return dm;
    }

    @Test
    @DisplayName(
            "the next message in the DM is the probe's reply: kept with the probe, scored with the answer, the result in the DM; a redelivery changes nothing")
    void replyInTheDm() throws Exception {
        // given
        String dm = probedByDm();
        int before = dmTexts(dm).size();
        double own = number("select total from scores where with_probe = false");

        // when
        String reply = h.discord.userPosts(dm, ALICE, REPLY);

        // then
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dmTexts(dm).stream()
                        .anyMatch(t -> t.startsWith("Feedback on your answer")
                                && t.contains("**Your follow-up reply, scored with your answer: ")));
        assertThat(core.count("select count(*) from answer_probes where reply_message_id = '" + reply + "'"))
                .isEqualTo(1);
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        double combined = number("select total from scores where with_probe = true");
        assertThat(number("select best from question_bests")).isEqualTo(Math.max(own, combined));
        int after = dmTexts(dm).size();
        assertThat(after).isGreaterThan(before);

        // and when: Discord delivers the reply again
        h.discord.redeliver(dm, reply);
        String marker =
                h.discord.userPosts(thread, FakeDiscord.BOB, "Shutter lag fell from 300 ms to 120 ms on a Pixel 8.");

        // then: once Bob's later answer is stored, the redelivered reply is still stored once and scored once
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        core.count("select count(*) from answers where platform_message_id = '" + marker + "'") == 1);
        assertThat(core.count("select count(*) from answer_probes where reply_message_id is not null"))
                .isEqualTo(1);
        assertThat(core.count("select count(*) from scores where with_probe = true"))
                .isEqualTo(1);
        assertThat(dmTexts(dm)).hasSize(after);
    }

    @Test
    @DisplayName("a second DM message after the reply is told the reply is in, not taken as a second probe answer")
    void secondReplyIsNotAProbeAnswer() throws Exception {
        // given
        String dm = probedByDm();
        h.discord.userPosts(dm, ALICE, REPLY);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> core.count("select count(*) from scores where with_probe = true") == 1);

        // when
        String again = h.discord.userPosts(dm, ALICE, "Also: the model file shrank from 24 MB to 6 MB.");

        // then
        FakeDiscord.Call notice = h.discord.awaitCall(c -> c.is("POST", "channels/" + dm + "/messages")
                && c.body()
                        .path("message_reference")
                        .path("message_id")
                        .asText()
                        .equals(again));
        assertThat(notice.body().path("content").asText()).contains("already in");
        assertThat(core.count("select count(*) from answer_probes where reply_text like 'The target was%'"))
                .isEqualTo(1);
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        assertThat(core.count("select count(*) from scores where with_probe = true"))
                .isEqualTo(1);
    }
}
