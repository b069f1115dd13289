package dev.mledrill.command;

import dev.mledrill.chat.CommandReply;
import dev.mledrill.leaderboard.AnswerStats;
import dev.mledrill.leaderboard.CriterionTrend;
import dev.mledrill.leaderboard.FlaggedAnswers;
import dev.mledrill.leaderboard.OptOuts;
import dev.mledrill.progress.PracticeChoice;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /drill stats}, {@code rubric}, {@code practice}, {@code optout}, {@code optin} and {@code reveal}. */
public final class PersonalReplies {
    static final Duration TREND_SPAN = Duration.ofDays(30);

    private final AnswerStats stats;
    private final OptOuts optOuts;
    private final PracticeStarter practice;
    private final Map<Criterion, Double> weights;
    private final Clock clock;

    /** @param weights the rubric's criterion weights (out of 100) */
    public PersonalReplies(
            AnswerStats stats, OptOuts optOuts, PracticeStarter practice, Map<Criterion, Double> weights, Clock clock) {
        this.stats = stats;
        this.optOuts = optOuts;
        this.practice = practice;
        this.weights = weights.isEmpty() ? Map.of() : new EnumMap<>(weights);
        this.clock = clock;
    }

    CommandReply stats(CommandContext context) {
        Instant recentFrom = clock.instant().minus(TREND_SPAN);
        List<CriterionTrend> trends =
                stats.criterionTrends(context.event().user(), recentFrom.minus(TREND_SPAN), recentFrom);
        String flagged = flaggedLine(stats.flagged(context.event().user()));
        if (trends.isEmpty()) {
            return new CommandReply(
                    "No scored answers yet. Reply to today's question, or try `/drill practice`." + flagged);
        }
        StringBuilder text =
                new StringBuilder("**Your average per criterion** (share of its points; change over the last 30 days)");
        CriterionTrend weakest = trends.get(0);
        for (CriterionTrend t : trends) {
            text.append("\n- ")
                    .append(t.criterion().title())
                    .append(": ")
                    .append(percent(t.overall()))
                    .append(t.change().isPresent() ? " (" + signed(t.change().getAsDouble()) + ")" : "");
            weakest = t.overall() < weakest.overall() ? t : weakest;
        }
        int answers = trends.stream().mapToInt(CriterionTrend::answers).max().orElse(0);
        text.append("\nBased on ")
                .append(answers)
                .append(answers == 1 ? " scored answer" : " scored answers")
                .append(". Most room to grow: **")
                .append(weakest.criterion().title())
                .append("**.")
                .append(flagged);
        return new CommandReply(text.toString());
    }

    /** Near copies count nowhere, these averages included; the author is told how many there were. */
    static String flaggedLine(FlaggedAnswers flagged) {
        String offTopic = flagged.offTopic() == 0
                ? ""
                : "\n" + flagged.offTopic()
                        + (flagged.offTopic() == 1 ? " answer was" : " answers were")
                        + " flagged `off_topic` (written for another question) and kept only a fraction of the points.";
        if (flagged.total() == 0) {
            return offTopic;
        }
        StringBuilder line = new StringBuilder("\nNot counted here or on the leaderboards: ");
        if (flagged.copied() > 0) {
            line.append(flagged.copied())
                    .append(flagged.copied() == 1 ? " answer" : " answers")
                    .append(" flagged `copied` (a near copy of someone else's earlier answer)");
        }
        if (flagged.recycled() > 0) {
            line.append(flagged.copied() > 0 ? ", " : "")
                    .append(flagged.recycled())
                    .append(flagged.recycled() == 1 ? " answer" : " answers")
                    .append(" flagged `recycled` (a near copy of your own answer to another question)");
        }
        return line.append(". Editing one into your own words clears its flag.")
                .append(offTopic)
                .toString();
    }

    CommandReply rubric(CommandContext context) {
        StringBuilder text = new StringBuilder(
                "**The product-first rubric** (out of 100; a question's focus can shift the weights)");
        for (Criterion c : Criterion.values()) {
            text.append("\n- ").append(c.title()).append(" (`").append(c.id()).append('`');
            Optional.ofNullable(weights.get(c))
                    .ifPresent(w -> text.append(", ").append(Math.round(w)).append(" pts"));
            text.append(", ")
                    .append(c.axis().name().toLowerCase(java.util.Locale.ROOT))
                    .append(')');
        }
        text.append(
                "\nStart from what the user sees or feels, prove it with measured numbers (before → after, units, device),"
                        + " keep quality against a baseline, state the compute and battery budget, weigh alternatives,"
                        + " keep data on the device, and say what happens if quality drops. Vague \"fast enough\" claims,"
                        + " theory with no product link, keyword stuffing and rambling cost points.");
        return new CommandReply(text.toString());
    }

    CommandReply practice(CommandContext context) {
        Optional<String> category =
                context.args().isEmpty() ? Optional.empty() : Optional.of(String.join(" ", context.args()));
        PracticeChoice choice =
                practice.start(context.event().user(), context.event().channel(), category);
        Question question = choice.question();
        return new CommandReply("Sent you a practice question (" + question.category() + ", "
                + question.difficulty().id()
                + ") by direct message. " + choice.reason()
                + "\nIt is scored with full feedback but never counts for leaderboards or streaks.");
    }

    CommandReply optOut(CommandContext context, boolean out) {
        optOuts.set(context.event().user(), context.event().displayName(), out);
        return new CommandReply(
                out
                        ? "You are off the leaderboards and wrap-ups won't name you. Your answers are still scored. `/drill optin` to come back."
                        : "You are back on the leaderboards.");
    }

    /** {@code /drill reveal off|on}, or the current choice without an argument. */
    CommandReply reveal(CommandContext context) {
        var user = context.event().user();
        Optional<String> word = context.arg(0).map(a -> a.toLowerCase(java.util.Locale.ROOT));
        if (word.isEmpty()) {
            return new CommandReply(
                    optOuts.textHidden(user)
                            ? "Your private answers' texts are **not** revealed at the close (your score still is). `/drill reveal on` changes it."
                            : "Your private answers' texts are revealed at the close when they are among those shown. `/drill reveal off` keeps them private.");
        }
        boolean hidden = switch (word.get()) {
            case "off" -> true;
            case "on" -> false;
            default ->
                throw new IllegalArgumentException(
                        "Use `/drill reveal off` (keep your answers' texts private) or `/drill reveal on`.");
        };
        optOuts.setTextHidden(user, context.event().displayName(), hidden);
        return new CommandReply(
                hidden
                        ? "The reveal at the close will show your score but not your answer's text. Your answers still count. `/drill reveal on` to undo."
                        : "The reveal at the close may show your answer's text again.");
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String signed(double change) {
        long points = Math.round(change * 100);
        return (points > 0 ? "+" : points < 0 ? "−" : "±") + Math.abs(points) + " pts";
    }
}
