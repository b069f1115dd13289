package dev.mledrill.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.drill.TestScores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.CONSOLE, "local", "terminal");
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleChat chat = new ConsoleChat(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            (score, question) -> "Score " + (int) score.total() + "/100 for "
                    + question.map(q -> q.id()).orElse("?"));

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a question is printed with its id, category and prompt, and gets distinct post ids")
    void printsQuestion() {
        QuestionPost post = new QuestionPost(
                CHANNEL,
                TestScores.question("vision-001", "vision"),
                LocalDate.of(2026, 3, 2),
                ZonedDateTime.of(2026, 3, 3, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")));

        PostedMessage first = chat.postQuestion(post);
        PostedMessage second = chat.postQuestion(post);

        assertThat(printed())
                .contains("[vision-001] vision, medium", "How would you cut the latency", "holding only '.'");
        assertThat(first.threadId()).isNotEqualTo(second.threadId());
    }

    @Test
    @DisplayName("feedback shows the rendered score and the streak; a late answer says it does not count")
    void printsFeedback() {
        FeedbackMessage onTime = new FeedbackMessage(
                CHANNEL,
                "t",
                "m",
                new UserRef(Platform.CONSOLE, "local", "alice"),
                FeedbackMode.THREAD,
                TestScores.question("q1", "nlp"),
                TestScores.score(72),
                4,
                9,
                false,
                false,
                false);
        FeedbackMessage late = new FeedbackMessage(
                CHANNEL,
                "t",
                "m",
                new UserRef(Platform.CONSOLE, "local", "alice"),
                FeedbackMode.THREAD,
                null,
                TestScores.score(40),
                0,
                9,
                true,
                false,
                false);

        chat.sendFeedback(onTime);
        chat.sendFeedback(late);

        assertThat(printed())
                .contains("Score 72/100 for q1", "Streak: 4 days (longest 9 days)", "Score 40/100 for ?", "Late:");
    }

    @Test
    @DisplayName("a wrap-up prints the model answer outline and says once that its figures are illustrative")
    void wrapUpSaysModelAnswerIsIllustrative() {
        chat.postWrapUp(new WrapUpMessage(
                CHANNEL,
                "t",
                TestScores.question("q1", "nlp"),
                2,
                List.of(new WrapUpMessage.TopScore("alice", 81)),
                ""));

        String out = printed();
        assertThat(out).contains("Model answer outline:", "  - outcome first", WrapUpMessage.MODEL_ANSWER_NOTE);
        assertThat(out.indexOf(WrapUpMessage.MODEL_ANSWER_NOTE))
                .isGreaterThan(out.indexOf("  - numbers"))
                .isEqualTo(out.lastIndexOf(WrapUpMessage.MODEL_ANSWER_NOTE));
    }
}
