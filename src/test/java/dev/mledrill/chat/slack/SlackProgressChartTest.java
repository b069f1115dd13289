package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.testing.PngBytes;
import dev.mledrill.testing.Posts;
import dev.mledrill.testing.TestAnswers;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code /drill stats} charts through Bolt's real files upload (v2) against the fake Slack. */
class SlackProgressChartTest {
    private final ChannelSettings settings = SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of());
    private RealCore core;
    private SlackHarness slack;
    private FakeSlack fake;

    @BeforeEach
    void start() {
        System.setProperty("java.awt.headless", "true");
        ProgressCharts.warmUp();
        core = new RealCore(List.of(settings), List.of(SlackSamples.question()), SlackHarness.CLOCK);
        slack = new SlackHarness(core);
        slack.channelSettings.set(settings);
        core.chats.register(slack.adapter.chat());
        fake = slack.fake;
        fake.addUser("U1ANA", "Ana", false);
        Posts posts = new Posts(core.db.dataSource(), SlackSamples.BERLIN);
        TestAnswers answers = new TestAnswers(core.db.dataSource());
        LocalDate today = LocalDate.ofInstant(SlackHarness.CLOCK.instant(), SlackSamples.BERLIN);
        for (int day = 3; day >= 1; day--) {
            var post = posts.posted(CHANNEL_REF, today.minusDays(day));
            answers.answer(
                    post.id(),
                    SlackSamples.user("U1ANA"),
                    "Ana",
                    post.windowClosesAt().minusSeconds(80_000),
                    50 + day,
                    Map.of(Criterion.FALLBACK, 2.0, Criterion.OUTCOME, 10.0 + day));
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        slack.close();
        core.close();
    }

    /**
     * The private answer: in the acknowledgement, or (when the machine is slow) through the
     * response URL after "Working on it…"; both paths upload the chart the same way.
     */
    private String privateReply(String envelope) {
        JsonNode ack = fake.awaitAck(envelope).path("payload");
        assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
        return ack.path("text").asText().equals("Working on it…")
                ? fake.awaitCall("response_url").param("json")
                : ack.path("text").asText();
    }

    @Test
    @DisplayName(
            "/drill stats answers privately and uploads the person's chart into their DM in two steps, with alt text")
    void personalChartIntoTheDm() {
        String reply = privateReply(fake.slashCommand(CHANNEL, "U1ANA", "stats"));

        assertThat(reply).contains("Your average per criterion", "on its way to your direct messages");
        FakeSlack.ApiCall url = fake.awaitCall("files.getUploadURLExternal");
        assertThat(url.param("filename")).isEqualTo("progress.png");
        assertThat(url.param("alt_txt")).startsWith("Progress chart of 3 scored answers");
        FakeSlack.ApiCall complete = fake.awaitCall("files.completeUploadExternal");
        assertThat(complete.param("channel_id")).isEqualTo("DU1ANA");
        assertThat(complete.param("files")).contains("\"id\":\"F1\"");
        BufferedImage image = PngBytes.image(fake.uploads().get("F1"));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(560);
        assertThat(Long.parseLong(url.param("length"))).isEqualTo(fake.uploads().get("F1").length);
    }

    @Test
    @DisplayName("/drill stats team posts the team chart in the channel for everyone, and tells the caller")
    void teamChartInTheChannel() {
        assertThat(privateReply(fake.slashCommand(CHANNEL, "U1ANA", "stats team")))
                .contains("Posting the chart in this channel.");
        FakeSlack.ApiCall complete = fake.awaitCall("files.completeUploadExternal");
        assertThat(complete.param("channel_id")).isEqualTo(CHANNEL);
        assertThat(complete.param("initial_comment")).contains("Team progress, last 4 weeks");
        assertThat(fake.awaitCall("files.getUploadURLExternal").param("alt_txt"))
                .contains("Team chart of ml-drills", "Ana 3 (3)");
        await().until(() -> fake.uploads().containsKey("F1"));
        assertThat(PngBytes.image(fake.uploads().get("F1")).getWidth()).isEqualTo(1200);
    }
}
