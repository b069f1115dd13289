package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.console.ConsoleChat;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.ScoredAnswer;
import dev.mledrill.progress.PracticeChoice;
import dev.mledrill.question.Question;
import dev.mledrill.schedule.DailyQuestion;
import java.io.PrintStream;
import java.util.Optional;

/**
 * One drill at the terminal, in two steps that each need the database only briefly: {@link #show}
 * today's question of the console channel (posted on first use of the day, shown again after),
 * or a practice question when one is asked for or no drill is open; then {@link #store} the answer
 * and print its feedback with the streak; then, when the feedback ends with a follow-up, {@link #reply}.
 */
final class TerminalDrill {
    private final PrintStream out;

    TerminalDrill(PrintStream out) {
        this.out = out;
    }

    /** Prints the question and returns the thread the answer goes to. */
    String show(
            Application app,
            ConsoleChat console,
            UserRef user,
            Optional<String> questionId,
            Optional<String> category,
            boolean weakArea) {
        ChannelSettings settings = app.config().consoleChannel();
        if (questionId.isPresent()) {
            Question question = app.bank()
                    .find(questionId.get())
                    .orElseThrow(() -> new IllegalArgumentException("unknown question id '" + questionId.get()
                            + "' (list them with: mle-drill questions list)"));
            return practice(app, user, settings.channel(), question);
        }
        if (category.isPresent() || weakArea) {
            PracticeChoice choice = app.practice().choose(user, category);
            out.println(choice.reason());
            return practice(app, user, settings.channel(), choice.question());
        }
        return today(app, console, settings).orElseGet(() -> {
            out.println("No terminal drill is open right now (schedule '" + settings.schedule() + "' in "
                    + settings.zone() + "), so here is a practice question.");
            return practice(app, user, settings.channel(), app.drill().pickPractice(user, Optional.empty()));
        });
    }

    ScoredAnswer store(Application app, ConsoleChat console, UserRef user, String thread, String answer) {
        ChannelSettings settings = app.config().consoleChannel();
        ScoredAnswer scored = app.drill()
                .answer(
                        user,
                        user.id(),
                        settings.channel(),
                        thread,
                        answer,
                        app.clock().instant());
        console.sendFeedback(scored.feedback(FeedbackMode.THREAD, false));
        scored.notice().ifPresent(console::sendPrivateNotice);
        return scored;
    }

    /** Stores the reply to the answer's follow-up and prints the answer's score with the reply added. */
    ScoredAnswer reply(Application app, ConsoleChat console, UserRef user, String thread, String reply) {
        ChannelSettings settings = app.config().consoleChannel();
        ScoredAnswer scored = app.drill()
                .replyToProbe(
                        user, settings.channel(), thread, reply, app.clock().instant());
        console.sendFeedback(scored.feedback(FeedbackMode.THREAD, false));
        return scored;
    }

    /**
     * The thread of today's console question: posted now if this is the day's first drill (after the
     * wrap-up of the previous one), else shown again.
     */
    private Optional<String> today(Application app, ConsoleChat console, ChannelSettings settings) {
        app.wrapUps().closeWindows(settings);
        boolean postedNow = app.poster().postDue(settings);
        Optional<DailyQuestion> today = app.daily().current(settings);
        Optional<String> thread =
                today.flatMap(d -> app.posts().byId(d.post().id())).flatMap(p -> p.threadId());
        if (thread.isPresent() && !postedNow) {
            DailyQuestion day = today.get();
            console.show(new QuestionPost(
                    settings.channel(),
                    day.question(),
                    day.occurrence().drillDate(),
                    day.occurrence().closesAt()));
        }
        return thread;
    }

    private static String practice(Application app, UserRef user, ChannelRef channel, Question question) {
        return app.drill().practice(user, channel, question).threadId();
    }
}
