package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.FeedbackMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordOddInputTest extends FakeDiscordTest {
    private String thread;

    @BeforeEach
    void postQuestion() {
        thread = postToday().threadId();
    }

    private ChatEvent.AnswerPosted answerAfter(String text) {
        h.discord.userPosts(thread, ALICE, text);
        await().until(() -> !h.events.isEmpty());
        return (ChatEvent.AnswerPosted) h.events.get(0);
    }

    @Test
    @DisplayName("an empty message (attachment only, or the content intent off) still reaches the core, as empty text")
    void emptyMessage() {
        h.discord.withoutMessageContentIntent();

        assertThat(answerAfter("this text is hidden without the intent").text()).isEmpty();
    }

    @Test
    @DisplayName("a 4,500-character answer reaches the core whole")
    void veryLongAnswer() {
        String text = "We cut latency from 48 ms to 29 ms on a Pixel 6a. ".repeat(90);

        assertThat(answerAfter(text).text()).hasSize(text.length()).isEqualTo(text);
    }

    @Test
    @DisplayName("emoji, zero-width characters and right-to-left marks reach the core unchanged")
    void emojiAndInvisibleCharacters() {
        String text = "📱⚡ smooth\u200B preview\u200D👩‍💻 at 30 fps \u2060\u200F مرحبا \uFEFF🔋";

        assertThat(answerAfter(text).text()).isEqualTo(text);
    }

    @Test
    @DisplayName(
            "feedback longer than one Discord message arrives in several messages, the first replying to the answer")
    void longFeedbackIsSplit() {
        String answer = h.discord.userPosts(thread, ALICE, "answer");
        var feedback = Samples.feedback(thread, answer, ALICE, FeedbackMode.THREAD);
        var longScore = new dev.mledrill.rubric.Score(
                40,
                "weak",
                feedback.score().criteria(),
                feedback.score().redFlags(),
                feedback.score().keyPoints(),
                "Say more. ".repeat(300),
                "rubric-1");
        var longFeedback = new dev.mledrill.chat.FeedbackMessage(
                feedback.channel(),
                thread,
                answer,
                feedback.user(),
                FeedbackMode.THREAD,
                Samples.QUESTION,
                longScore,
                0,
                0,
                false,
                false,
                false);

        h.adapter.chat().sendFeedback(longFeedback);

        await().until(() -> h.discord.count("POST", "channels/" + thread + "/messages") >= 2);
        var posts = h.discord.calls().stream()
                .filter(c -> c.is("POST", "channels/" + thread + "/messages"))
                .toList();
        assertThat(posts.get(0).body().has("message_reference")).isTrue();
        assertThat(posts)
                .allSatisfy(p ->
                        assertThat(p.body().path("content").asText().length()).isBetween(1, 2000));
    }
}
