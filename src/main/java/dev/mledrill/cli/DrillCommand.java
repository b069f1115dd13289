package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.console.ConsoleChat;
import dev.mledrill.drill.AnswerRejected;
import dev.mledrill.drill.ScoredAnswer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mle-drill drill}: practise at the terminal, no Slack or Discord needed. */
@Command(
        name = "drill",
        mixinStandardHelpOptions = true,
        description = {
            "Practise at the terminal: today's question, your answer, its feedback and your streak.",
            "Typed answers may have several paragraphs: finish with a line holding only '.' (or Ctrl-D).",
            "Piped input is read to its end:",
            "  echo \"...\" | java -jar target/mle-drill.jar drill --user alice",
            "When the feedback ends with a follow-up question, your reply is read the same way (piped: after a line"
                    + " holding only '.') and scored together with your answer; the better score counts.",
            "Answers are stored in the same database as the bot's. --question or --category gives a practice "
                    + "question instead: scored, not counted for streaks or leaderboards.",
            "The database is opened only to show the question and to store the answer; if it stays busy, the "
                    + "answer is kept in a file under the data directory's unsaved-answers/."
        })
final class DrillCommand implements Callable<Integer> {
    @Option(names = "--user", paramLabel = "NAME", description = "Who is answering (default: your login name).")
    String user = System.getProperty("user.name", "me");

    @Option(names = "--question", paramLabel = "ID", description = "Practise this question instead of today's.")
    String question;

    @Option(
            names = "--category",
            paramLabel = "C",
            description =
                    "Practise a question of this category (vision, nlp, tradeoffs, privacy, deployment, measurement).")
    String category;

    @Option(
            names = "--practice",
            description =
                    "Practise a question aimed at your weak area: the criterion you lost most points on over your last 10 scored answers.")
    boolean practice;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    final Terminal terminal = new Terminal();

    @Override
    public Integer call() {
        AppConfig config = terminal.config(options);
        UserRef who = new UserRef(Platform.CONSOLE, "local", user.strip());
        TerminalDrill drill = new TerminalDrill(terminal.out);
        BufferedReader reader = new BufferedReader(new InputStreamReader(terminal.in, StandardCharsets.UTF_8));
        if (!terminal.interactive()) {
            // Piped: the whole answer (and any follow-up reply after a '.' line) is here before the database is opened.
            String[] input = AnswerInput.answerAndReply(AnswerInput.readAll(reader));
            ScoredAnswer scored = storeOrKeep(
                    config,
                    who,
                    input[0],
                    (app, console) -> drill.show(
                            app, console, who, Optional.ofNullable(question), Optional.ofNullable(category), practice),
                    drill);
            followUp(config, who, scored, drill, () -> input[1]);
            return 0;
        }
        String thread;
        try (Application app = terminal.open(config)) {
            thread = drill.show(
                    app,
                    app.attachConsole(terminal.out),
                    who,
                    Optional.ofNullable(question),
                    Optional.ofNullable(category),
                    practice);
        }
        // The database is free while the user types.
        String answer = AnswerInput.readTyped(reader);
        ScoredAnswer scored = storeOrKeep(config, who, answer, (app, console) -> thread, drill);
        followUp(config, who, scored, drill, () -> {
            terminal.out.println(
                    "Your reply to the follow-up (end with a line holding only '.'; an empty reply skips it):");
            terminal.out.flush();
            return AnswerInput.readTyped(reader);
        });
        return 0;
    }

    /** When the feedback ended with a follow-up: reads the reply (the database is free meanwhile) and scores it. */
    private void followUp(
            AppConfig config, UserRef who, ScoredAnswer scored, TerminalDrill drill, Supplier<String> reply) {
        if (scored.probe().isEmpty()) {
            return;
        }
        String text = reply.get();
        if (text.isBlank()) {
            terminal.out.println("No reply: the follow-up stays open until the question's window closes; a drill"
                    + " answered again before then is taken as its reply.");
            return;
        }
        try (Application app = terminal.open(config)) {
            drill.reply(
                    app,
                    app.attachConsole(terminal.out),
                    who,
                    scored.answer().target().threadId(),
                    text);
        }
    }

    /** Stores the answer; if the database cannot take it, keeps it in a file and says where. */
    private ScoredAnswer storeOrKeep(
            AppConfig config,
            UserRef who,
            String answer,
            BiFunction<Application, ConsoleChat, String> thread,
            TerminalDrill drill) {
        try (Application app = terminal.open(config)) {
            ConsoleChat console = app.attachConsole(terminal.out);
            return drill.store(app, console, who, thread.apply(app, console), answer);
        } catch (AnswerRejected rejected) {
            throw rejected;
        } catch (RuntimeException failed) {
            if (answer.isBlank()) {
                throw failed;
            }
            String where = UnsavedAnswers.keep(config.database(), who.id(), answer, terminal.clock.instant())
                    .map(file -> "; your answer is kept in " + file + " (send it again with: mle-drill drill --user "
                            + who.id() + (question != null ? " --question " + question : "") + " < " + file + ")")
                    .orElse("; your answer could not be saved either, so it follows here:\n" + answer);
            throw new AnswerNotStored(failed.getMessage() + where, failed);
        }
    }
}
