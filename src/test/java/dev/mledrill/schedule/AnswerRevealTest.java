package dev.mledrill.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.RevealMode;
import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.rubric.Criterion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnswerRevealTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final PostedQuestion POST = new PostedQuestion(
            7,
            CHANNEL,
            LocalDate.of(2026, 11, 24),
            "q1",
            "vision",
            PostStatus.POSTED,
            "me",
            Instant.parse("2026-11-24T17:00:00Z"),
            Optional.of("th"),
            Optional.of("th"),
            1,
            Optional.empty(),
            Optional.empty());

    private static ChannelSettings settings(AnswerMode answers, RevealMode reveal, boolean showNames) {
        return new ChannelSettings(
                        CHANNEL,
                        "drills",
                        "0 0 9 ? * MON-FRI",
                        ZoneOffset.UTC,
                        Map.of(),
                        Set.of(),
                        Optional.empty(),
                        FeedbackMode.EPHEMERAL,
                        true,
                        showNames,
                        List.of())
                .withAnswers(answers, reveal);
    }

    private static WrapUpFacts facts(WrapUpFacts.Answer... answers) {
        return new WrapUpFacts(answers.length, List.of(), answers.length, Map.of(), 0, 0, List.of(answers));
    }

    private static WrapUpFacts.Answer answer(String name, double total, String body) {
        return new WrapUpFacts.Answer(
                name, false, false, total, Optional.of(new WrapUpFacts.Strength(Criterion.EVIDENCE, 22, 25)), body);
    }

    @Test
    @DisplayName("thread answers are public already: nothing is revealed, whatever reveal says")
    void threadAnswersRevealNothing() {
        assertThat(AnswerReveal.of(
                        settings(AnswerMode.THREAD, RevealMode.ALL, true), POST, facts(answer("Ana", 80, "a"))))
                .isEmpty();
    }

    @Test
    @DisplayName("top3 of five: the three best, named as the channel allows, with the strongest criterion")
    void topThree() {
        WrapUpFacts facts = facts(
                answer("Ana", 80, "a"),
                answer("Ben", 70, "b"),
                new WrapUpFacts.Answer("Cai", true, false, 60, Optional.empty(), "c"),
                answer("Dev", 50, "d"),
                answer("Eve", 40, "e"));

        WrapUpMessage.Reveal reveal = AnswerReveal.of(settings(AnswerMode.PRIVATE, RevealMode.TOP3, true), POST, facts)
                .orElseThrow();

        assertThat(reveal.threadId()).isEqualTo("th");
        assertThat(reveal.heading()).isEqualTo("The 3 best of 5 answers");
        assertThat(reveal.answers())
                .extracting(WrapUpMessage.RevealedAnswer::name)
                .containsExactly("Ana", "Ben", "someone");
        assertThat(reveal.answers().get(0).strongest()).isEqualTo("Measured impact, 22 of 25");
        assertThat(AnswerReveal.of(settings(AnswerMode.PRIVATE, RevealMode.TOP3, false), POST, facts)
                        .orElseThrow()
                        .answers())
                .extracting(WrapUpMessage.RevealedAnswer::name)
                .containsOnly("someone");
    }

    @Test
    @DisplayName(
            "a long text is cut at 600 characters on a word break, never inside an emoji, and says its full length")
    void longTextCut() {
        String body = "🔋".repeat(599) + " and the rest of a very long answer";

        WrapUpMessage.RevealedAnswer revealed = AnswerReveal.of(
                        settings(AnswerMode.PRIVATE, RevealMode.ALL, true), POST, facts(answer("Ana", 80, body)))
                .orElseThrow()
                .answers()
                .get(0);

        assertThat(revealed.cut()).isTrue();
        assertThat(revealed.fullLength()).isEqualTo(body.codePointCount(0, body.length()));
        assertThat(revealed.text()).isEqualTo("🔋".repeat(599));
    }

    @Test
    @DisplayName("an author who said /drill reveal off keeps the score line and loses the text; none reveals nothing")
    void hiddenTextAndNone() {
        WrapUpFacts facts = facts(new WrapUpFacts.Answer("Ana", false, true, 80, Optional.empty(), "secret"));

        WrapUpMessage.RevealedAnswer revealed = AnswerReveal.of(
                        settings(AnswerMode.PRIVATE, RevealMode.ALL, true), POST, facts)
                .orElseThrow()
                .answers()
                .get(0);

        assertThat(revealed.textHidden()).isTrue();
        assertThat(revealed.text()).isEmpty();
        assertThat(revealed.total()).isEqualTo(80);
        assertThat(AnswerReveal.of(settings(AnswerMode.PRIVATE, RevealMode.NONE, true), POST, facts))
                .isEmpty();
    }
}
