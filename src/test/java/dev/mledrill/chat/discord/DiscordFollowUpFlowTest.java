package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The interviewer's follow-up on Discord, end to end: JDA against {@link FakeDiscord}, the real drill
 * service with probes on, the rubric scorer and H2. The question brings its own {@code follow_ups}.
 */
class DiscordFollowUpFlowTest {
    private static final Question QUESTION = new Question(
            Samples.QUESTION.id(),
            Samples.QUESTION.category(),
            Samples.QUESTION.difficulty(),
            Samples.QUESTION.prompt(),
            Samples.QUESTION.focus(),
            Samples.QUESTION.keyPoints(),
            Samples.QUESTION.modelAnswer(),
            Samples.QUESTION.tags(),
            Arrays.stream(Criterion.values())
                    .collect(Collectors.toMap(
                            Function.identity(),
                            c -> List.of("On the Pixel 6a you said “{change}”: what did that do to " + c.id() + "?"))));
    private static final String WEAK = "Users got a smooth preview: 48 ms to 29 ms on a Pixel 6a.";
    private static final String REPLY = "The target was 33 ms per frame at 30 fps; INT8 with QAT on the NPU cut it, and"
            + " boundary IoU stayed within 0.5 % of the FP32 baseline on 2,000 portraits. Battery drain fell from 690 mW"
            + " to 410 mW over ten minutes, and if edges degraded we would keep the last layers in fp16 instead.";

    private RealCore core;
    private DiscordHarness h;
    private String thread;

    @BeforeEach
    void start() throws Exception {
        core = new RealCore(RealCore.THREAD_FEEDBACK, List.of(QUESTION), Clock.systemUTC(), true);
        h = new DiscordHarness(FeedbackMode.THREAD, core.drill);
        h.replies = core.commands::handle;
        thread = core.postDrill(h, QUESTION);
    }

    @AfterEach
    void stop() throws InterruptedException {
        core.close();
        h.close();
    }

    private List<String> feedbackOn(String answer) {
        return h.discord.calls().stream()
                .filter(c -> c.is("POST", "channels/" + thread + "/messages")
                        && c.body()
                                .path("message_reference")
                                .path("message_id")
                                .asText()
                                .equals(answer))
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

    @Test
    @DisplayName(
            "the probe (the question's own template, quoting the answer) is answered in the thread and rescored; a second reply is an ordinary answer")
    void probeAnsweredInTheThread() throws Exception {
        // given
        String answer = h.discord.userPosts(thread, ALICE, WEAK);
        await().atMost(Duration.ofSeconds(10)).until(() -> feedbackOn(answer).size() == 1);
        assertThat(feedbackOn(answer).get(0))
                .contains("**Follow-up:** On the Pixel 6a you said “48 ms to 29 ms”: what did that do to");
        double own = number("select total from scores where with_probe = false");

        // when
        String reply = h.discord.userPosts(thread, ALICE, REPLY);

        // then
        await().atMost(Duration.ofSeconds(10)).until(() -> feedbackOn(answer).size() == 2);
        assertThat(feedbackOn(answer).get(1)).startsWith("**Your follow-up reply, scored with your answer: ");
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        assertThat(core.count("select count(*) from answer_probes where reply_message_id = '" + reply + "'"))
                .isEqualTo(1);
        double combined = number("select total from scores where with_probe = true");
        assertThat(number("select best from question_bests")).isEqualTo(Math.max(own, combined));

        // and when: a second reply to the same probe
        String again = h.discord.userPosts(thread, ALICE, "Also: the model file shrank from 24 MB to 6 MB.");

        // then: an ordinary second answer, no second probe answer and no new probe
        await().atMost(Duration.ofSeconds(10)).until(() -> feedbackOn(again).size() == 1);
        assertThat(core.count("select count(*) from answers")).isEqualTo(2);
        assertThat(core.count("select count(*) from answer_probes")).isEqualTo(1);
        assertThat(core.count("select count(*) from scores where with_probe = true"))
                .isEqualTo(1);
        assertThat(feedbackOn(again).get(0)).doesNotContain("Follow-up");
    }
}
