package dev.mledrill.chat;

import java.util.Locale;
import java.util.Objects;

/**
 * The interviewer's follow-up in a feedback message: the probe asked at its end, or the result of
 * the reply scored together with the answer. Texts are Markdown ({@code **bold**}, {@code _italics_}),
 * which every adapter shows or converts.
 */
public sealed interface FollowUp {

    /** A probe at the end of an answer's feedback. */
    record Asked(String question) implements FollowUp {
        public Asked {
            Objects.requireNonNull(question, "question");
        }

        /** The closing paragraph of the feedback: the probe and how to answer it (in the question's thread). */
        public String markdown() {
            return markdown(FeedbackMode.THREAD);
        }

        /** The closing paragraph of feedback delivered in {@code mode}: a DM's probe is answered in that DM. */
        public String markdown(FeedbackMode mode) {
            String where = mode == FeedbackMode.DM ? "Reply here (in this DM)" : "Reply in the question's thread";
            return "**Follow-up:** " + question + "\n_" + where + " before the window closes: your reply"
                    + " is scored together with your answer, and the better score counts. One follow-up per question._";
        }

        /** The same for a private answer, whose reply is written in a form: the feedback carries its button. */
        public String formMarkdown() {
            return "**Follow-up:** " + question
                    + "\n_Answer it with the Reply to follow-up button before the window closes:"
                    + " only you see your reply; it is scored together with your answer, and the better score counts."
                    + " One follow-up per question._";
        }
    }

    /** The probe's reply scored with the answer: {@code own} the answer alone, {@code combined} both together. */
    record Answered(String question, double own, double combined, boolean counts) implements FollowUp {
        public Answered {
            Objects.requireNonNull(question, "question");
        }

        /** The opening line of the feedback on answer and reply together. */
        public String markdown() {
            return "**" + headline() + "** " + verdict() + "\n_Follow-up: " + question + "_";
        }

        /** The same as plain text. */
        public String plainText() {
            return headline() + " " + verdict();
        }

        private String headline() {
            return "Your follow-up reply, scored with your answer: " + points(combined) + "/100";
        }

        private String verdict() {
            return "(answer alone " + points(own) + "/100; "
                    + (counts
                            ? "the " + points(combined) + " counts"
                            : "your answer's " + points(own) + " still counts")
                    + ").";
        }
    }

    private static String points(double value) {
        return Math.abs(value - Math.rint(value)) < 0.05
                ? String.valueOf((long) Math.rint(value))
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
