package dev.mledrill.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.question.Difficulty;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeakAreaPracticeTest {
    private static final UserRef ANA = new UserRef(Platform.SLACK, "T1", "UANA");
    private static final Question ROLLOUT =
            question("staged-rollout", Set.of(Criterion.FALLBACK, Criterion.EVIDENCE), "staged-rollout", "kill-switch");
    private static final Question CANARY = question("canary-metrics", Set.of(Criterion.FALLBACK), "canary");
    private static final Question BATTERY = question("battery-budget", Set.of(Criterion.BUDGET), "battery");
    private static final Question PRIVATE = question("on-device-keyboard", Set.of(Criterion.PRIVACY), "keyboard");
    private static final List<Question> BANK = List.of(ROLLOUT, CANARY, BATTERY, PRIVATE);

    private final List<String> answered = new ArrayList<>();
    private final List<String> ordinaryCalls = new ArrayList<>();

    private WeakAreaPractice practice(List<ScoredAttempt> history) {
        return new WeakAreaPractice(
                (user, channel, limit) -> history.subList(Math.max(0, history.size() - limit), history.size()),
                () -> BANK,
                user -> answered,
                (user, category) -> {
                    ordinaryCalls.add(category.orElse("any"));
                    return PRIVATE;
                });
    }

    @Test
    @DisplayName("a person who loses most points on fallback gets an unanswered fallback question, and is told why")
    void aimsAtTheCriterionWithMostPointsLost() {
        List<ScoredAttempt> history =
                repeat(10, Map.of(Criterion.FALLBACK, 2.0, Criterion.BUDGET, 12.0, Criterion.EVIDENCE, 14.0));
        answered.add("canary-metrics");

        PracticeChoice choice = practice(history).choose(ANA);

        assertThat(choice.question()).isEqualTo(ROLLOUT);
        assertThat(choice.reason())
                .startsWith(
                        "You lose most points on fallback plans (130 of 150 points over your last 10 scored answers)")
                .contains("this one is about staged rollout, kill switch");
    }

    @Test
    @DisplayName("among the weak criterion's questions the most focused one comes first")
    void prefersTheMostFocusedQuestion() {
        PracticeChoice choice = practice(repeat(10, Map.of(Criterion.FALLBACK, 0.0, Criterion.BUDGET, 15.0)))
                .choose(ANA);

        assertThat(choice.question()).isEqualTo(CANARY);
    }

    @Test
    @DisplayName("when every question on the weakest criterion is answered it moves to the next weakest and says so")
    void movesToTheNextWeakestCriterion() {
        answered.addAll(List.of("staged-rollout", "canary-metrics"));

        PracticeChoice choice = practice(
                        repeat(10, Map.of(Criterion.FALLBACK, 0.0, Criterion.BUDGET, 5.0, Criterion.PRIVACY, 14.0)))
                .choose(ANA);

        assertThat(choice.question()).isEqualTo(BATTERY);
        assertThat(choice.reason())
                .contains("you have answered every question about it; next is battery and compute budgets");
    }

    @Test
    @DisplayName("only the last 10 scored answers decide: an old weakness since fixed no longer counts")
    void looksAtTheLastTenOnly() {
        List<ScoredAttempt> history =
                new ArrayList<>(repeat(20, Map.of(Criterion.BUDGET, 0.0, Criterion.FALLBACK, 15.0)));
        history.addAll(repeat(10, Map.of(Criterion.BUDGET, 15.0, Criterion.FALLBACK, 9.0)));

        assertThat(practice(history).choose(ANA).question().focus()).contains(Criterion.FALLBACK);
    }

    @Test
    @DisplayName("with fewer than 10 scored answers it still aims, and says the choice firms up with more")
    void fewAnswers() {
        PracticeChoice choice = practice(repeat(3, Map.of(Criterion.PRIVACY, 1.0, Criterion.BUDGET, 15.0)))
                .choose(ANA);

        assertThat(choice.question()).isEqualTo(PRIVATE);
        assertThat(choice.reason())
                .contains("over your 3 scored answers so far")
                .contains("gets surer as you answer more");
    }

    @Test
    @DisplayName("with no scored answer it falls back to the ordinary choice and says there is no weak area yet")
    void noHistory() {
        PracticeChoice choice = practice(List.of()).choose(ANA);

        assertThat(choice.question()).isEqualTo(PRIVATE);
        assertThat(ordinaryCalls).containsExactly("any");
        assertThat(choice.reason())
                .startsWith("You have no scored answers yet")
                .contains("privacy question about keyboard");
    }

    @Test
    @DisplayName("when every question on every weak criterion is answered it says so and takes the least-answered one")
    void everythingAnswered() {
        answered.addAll(List.of("staged-rollout", "canary-metrics", "battery-budget", "on-device-keyboard"));

        PracticeChoice choice =
                practice(repeat(10, Map.of(Criterion.FALLBACK, 0.0))).choose(ANA);

        assertThat(ordinaryCalls).containsExactly("any");
        assertThat(choice.reason()).startsWith("You have answered every question that stresses fallback plans");
    }

    private static List<ScoredAttempt> repeat(int n, Map<Criterion, Double> earned) {
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Criterion, ScoredAttempt.Points> points = new EnumMap<>(Criterion.class);
            earned.forEach((c, e) -> points.put(c, new ScoredAttempt.Points(e, 15)));
            attempts.add(new ScoredAttempt(
                    Instant.parse("2026-06-01T09:00:00Z").plusSeconds(3600L * i), "q" + i, false, 50, points));
        }
        return attempts;
    }

    private static Question question(String id, Set<Criterion> focus, String... tags) {
        return new Question(
                id,
                id.equals("on-device-keyboard") ? "privacy" : "deployment",
                Difficulty.MEDIUM,
                "Prompt " + id,
                focus,
                List.of("a point"),
                List.of("an answer"),
                List.of(tags));
    }
}
