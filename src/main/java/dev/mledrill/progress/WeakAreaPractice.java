package dev.mledrill.progress;

import dev.mledrill.chat.UserRef;
import dev.mledrill.question.Question;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code /drill practice} without a category: a question whose focus includes the criterion the
 * person lost most points on over their last {@value #SPAN} scored answers, one they have not
 * answered, with the reason in words. When that criterion's questions are all answered it moves
 * to the next weakest; with no scored answers (or none unanswered) it falls back to the ordinary
 * practice choice and says so.
 */
public final class WeakAreaPractice {
    public static final int SPAN = 10;

    private final ScoreHistory history;
    private final Supplier<? extends Collection<Question>> bank;
    private final Function<UserRef, ? extends Collection<String>> answered;
    private final BiFunction<UserRef, Optional<String>, Question> ordinary;

    /**
     * @param answered ids of the questions the user has answered (any channel, practice included)
     * @param ordinary the ordinary practice choice: a category's (or any) least-answered question
     */
    public WeakAreaPractice(
            ScoreHistory history,
            Supplier<? extends Collection<Question>> bank,
            Function<UserRef, ? extends Collection<String>> answered,
            BiFunction<UserRef, Optional<String>, Question> ordinary) {
        this.history = history;
        this.bank = bank;
        this.answered = answered;
        this.ordinary = ordinary;
    }

    public PracticeChoice choose(UserRef user) {
        List<ScoredAttempt> attempts = history.latest(user, Optional.empty(), SPAN);
        if (attempts.isEmpty()) {
            Question q = ordinary.apply(user, Optional.empty());
            return new PracticeChoice(
                    q,
                    "You have no scored answers yet, so there is no weak area to aim at: " + "here is " + described(q)
                            + ".");
        }
        List<WeakArea> areas =
                WeakArea.ranked(attempts).stream().filter(a -> a.lost() > 0.05).toList();
        Set<String> done = Set.copyOf(answered.apply(user));
        for (int i = 0; i < areas.size(); i++) {
            WeakArea area = areas.get(i);
            Optional<Question> pick = bank.get().stream()
                    .filter(q -> q.focus().contains(area.criterion()) && !done.contains(q.id()))
                    .min(Comparator.comparingInt((Question q) -> q.focus().size())
                            .thenComparingInt(q -> mixed(user, q))
                            .thenComparing(Question::id));
            if (pick.isPresent()) {
                return new PracticeChoice(pick.get(), reason(areas, i, attempts.size(), pick.get()));
            }
        }
        Question q = ordinary.apply(user, Optional.empty());
        String why = areas.isEmpty()
                ? "You lost no points over your last " + answers(attempts.size())
                        + ", so here is the question you have answered least: "
                : "You have answered every question that stresses "
                        + CriterionWords.topic(areas.get(0).criterion())
                        + " and your other weak areas, so here is the one you have answered least: ";
        return new PracticeChoice(q, why + described(q) + ".");
    }

    private static String reason(List<WeakArea> areas, int chosen, int answerCount, Question question) {
        WeakArea weakest = areas.get(0);
        StringBuilder text = new StringBuilder("You lose most points on ")
                .append(CriterionWords.topic(weakest.criterion()))
                .append(" (")
                .append(Math.round(weakest.lost()))
                .append(" of ")
                .append(Math.round(weakest.available()))
                .append(" points over your ")
                .append(answerCount < SPAN ? answers(answerCount) + " so far" : "last " + answers(answerCount))
                .append(')');
        if (chosen > 0) {
            text.append(", and you have answered every question about it; next is ")
                    .append(CriterionWords.topic(areas.get(chosen).criterion()));
        }
        text.append(": this one is about ").append(topics(question)).append('.');
        if (answerCount < SPAN) {
            text.append(" The choice gets surer as you answer more (it looks at your last ")
                    .append(SPAN)
                    .append(").");
        }
        return text.toString();
    }

    /** "npu, gpu delegate, int8" from the question's first tags, or its category without tags. */
    static String topics(Question question) {
        List<String> tags = question.tags().stream()
                .limit(3)
                .map(t -> t.replace('-', ' ').toLowerCase(Locale.ROOT))
                .toList();
        return tags.isEmpty() ? question.category() : String.join(", ", tags);
    }

    private static String described(Question question) {
        return "a " + question.category() + " question about " + topics(question);
    }

    private static String answers(int n) {
        return n + (n == 1 ? " scored answer" : " scored answers");
    }

    /** An order mixed from the user's id, so two people with the same weakness get different questions. */
    private static int mixed(UserRef user, Question q) {
        return Integer.rotateLeft((user.id() + "/" + q.id()).hashCode(), 7) * 0x9E3779B1;
    }
}
