package dev.mledrill.schedule;

import dev.mledrill.chat.RevealMode;
import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.drill.ChannelSettings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the close reveals of a channel's private answers: each person's best counted answer (near
 * copies never; they are only counted, as in every wrap-up), all of them or the three best, named as
 * the channel allows, texts cut at {@link #CUT} characters, and no text from people who said
 * {@code /drill reveal off} (their score line stays). Thread answers are public already: nothing to reveal.
 */
final class AnswerReveal {
    /** Characters of an answer's text shown in the reveal; a strong answer (60–250 words) mostly fits. */
    static final int CUT = 600;

    private AnswerReveal() {}

    static Optional<WrapUpMessage.Reveal> of(ChannelSettings settings, PostedQuestion post, WrapUpFacts facts) {
        RevealMode mode = settings.reveal();
        if (!settings.privateAnswers()
                || mode == RevealMode.NONE
                || post.threadId().isEmpty()
                || facts.answers().isEmpty()) {
            return Optional.empty();
        }
        List<WrapUpMessage.RevealedAnswer> shown = facts.answers().stream()
                .limit(mode.limit())
                .map(a -> revealed(settings, a))
                .toList();
        int all = facts.answers().size();
        String heading = shown.size() == all
                ? (all == 1 ? "The answer" : "All " + all + " answers")
                : "The " + shown.size() + " best of " + all + " answers";
        return Optional.of(new WrapUpMessage.Reveal(post.threadId().get(), heading, shown));
    }

    private static WrapUpMessage.RevealedAnswer revealed(ChannelSettings settings, WrapUpFacts.Answer answer) {
        String name = WrapUpComposer.nameOf(settings, answer.displayName(), answer.optedOut());
        String strongest = answer.strongest()
                .map(s -> s.criterion().title() + ", " + number(s.points()) + " of " + number(s.maxPoints()))
                .orElse("");
        int length = answer.body().codePointCount(0, answer.body().length());
        String text = answer.textHidden() ? "" : cut(answer.body());
        return new WrapUpMessage.RevealedAnswer(name, answer.total(), strongest, text, length, answer.textHidden());
    }

    /** The first {@link #CUT} characters (code points, never half an emoji), on a word break where there is one near. */
    static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= CUT) {
            return text;
        }
        int end = text.offsetByCodePoints(0, CUT);
        int space = text.lastIndexOf(' ', end);
        return text.substring(0, space > end - 60 && space > 0 ? space : end).stripTrailing();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
