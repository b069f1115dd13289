package dev.mledrill.drill.copies;

import java.util.Locale;
import java.util.Optional;

/** What the author of a checked answer is told, privately: why it does not count, or that it counts again. */
public final class CopyNotices {
    private CopyNotices() {}

    /** The notice after a check of an answer's new text; empty when there is nothing to say. */
    public static Optional<String> after(CopyChecks.Checked checked) {
        CopyVerdict now = checked.after();
        if (now.flag().isPresent()) {
            return Optional.of(flagged(now.flag().get(), now.similarity()));
        }
        return checked.before().flagged() ? Optional.of(CLEARED) : Optional.empty();
    }

    static final String CLEARED = "Your answer is no longer a near copy of an earlier answer: it counts again for the"
            + " leaderboards and your streak.";

    static String flagged(CopyFlag flag, double similarity) {
        String share = String.format(Locale.ROOT, "about %d %% of its wording", Math.round(similarity * 100));
        String what = switch (flag) {
            case COPIED ->
                "it is nearly the same text (" + share + ") as an earlier answer in this thread by someone else";
            case RECYCLED ->
                "it is nearly the same text (" + share + ") as your own earlier answer to a different question";
        };
        String fix = switch (flag) {
            case COPIED -> "Write the answer in your own words and edit your message:";
            case RECYCLED -> "Answer this question's scenario in your own words and edit your message:";
        };
        return "**Not counted (" + flag.id() + "):** " + what
                + ". It is still scored, so the feedback is yours to use, but it"
                + " does not count for the leaderboards or your streak. " + fix + " an edit is checked again.";
    }
}
