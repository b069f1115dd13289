package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.console.ConsoleChat;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.ScoredAnswer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mle-drill answer}: records an answer as if it had been replied in a channel's question thread. */
@Command(
        name = "answer",
        mixinStandardHelpOptions = true,
        description = {
            "Record an answer as if it had been replied in a channel's question thread at a given time.",
            "For imports and solo users: the answer (from FILE or standard input) is stored, scored and "
                    + "counted like a chat reply to the question posted in that channel at that time."
        })
final class AnswerCommand implements Callable<Integer> {
    @Option(
            names = "--user",
            required = true,
            paramLabel = "U",
            description = "The user's platform id (or name at the terminal).")
    String user;

    @Option(
            names = "--channel",
            required = true,
            paramLabel = "C",
            description = "A configured channel's id or name ('terminal' for the terminal drill).")
    String channel;

    @Option(
            names = "--at",
            paramLabel = "ISO_DATETIME",
            description =
                    "When it was answered: 2026-03-02T09:15:00Z, or a local time in the channel's zone (default: now).")
    String at;

    @Option(
            names = "--question",
            paramLabel = "ID",
            description = "The question it answers; must be the one posted then.")
    String question;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "The answer text (default: standard input).")
    Path file;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    final Terminal terminal = new Terminal();

    @Override
    public Integer call() throws IOException {
        AppConfig config = terminal.config(options);
        ChannelSettings settings = channel(config);
        Instant when = at == null ? terminal.clock.instant() : parseTime(at, settings);
        if (when.isAfter(terminal.clock.instant().plusSeconds(60))) {
            throw new IllegalArgumentException(
                    "--at " + at + " is in the future; an answer can only be recorded once it was given");
        }
        String text =
                file == null ? new String(terminal.in.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(file);
        try (Application app = terminal.open(config)) {
            ConsoleChat console = app.attachConsole(terminal.out);
            AnswerTarget.Daily target = app.drill()
                    .questionPostedBefore(settings.channel(), when)
                    .filter(posted -> question == null || posted.questionId().equals(question))
                    .orElseThrow(() -> new IllegalArgumentException(
                            question == null
                                    ? "no question was posted in " + settings.name() + " at or before " + when
                                    : "question " + question + " was not the question posted in " + settings.name()
                                            + " at " + when));
            UserRef author = new UserRef(
                    settings.channel().platform(), settings.channel().team(), user.strip());
            ScoredAnswer scored = app.drill().answer(author, null, settings.channel(), target.threadId(), text, when);
            terminal.out.println(
                    "Recorded answer " + scored.answer().id() + " by " + user + " to " + target.questionId() + " in "
                            + settings.name() + " at " + when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            + (scored.answer().late() ? " (late: after the window closed)" : ""));
            console.sendFeedback(scored.feedback(FeedbackMode.THREAD, false));
            scored.notice().ifPresent(console::sendPrivateNotice);
            return 0;
        }
    }

    private ChannelSettings channel(AppConfig config) {
        return Stream.concat(config.channels().stream(), Stream.of(config.consoleChannel()))
                .filter(c -> c.channel().id().equals(channel) || c.name().equals(channel))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel '" + channel + "' (configured: "
                        + String.join(
                                ", ",
                                Stream.concat(config.channels().stream(), Stream.of(config.consoleChannel()))
                                        .map(c -> c.name() + " (" + c.channel().id() + ")")
                                        .distinct()
                                        .toList())
                        + ")"));
    }

    /** An offset date-time, or a local one in the channel's zone. */
    static Instant parseTime(String text, ChannelSettings settings) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            // a local date-time, read in the channel's zone below
        }
        try {
            return LocalDateTime.parse(text).atZone(settings.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--at '" + text + "' is not a date-time such as 2026-03-02T09:15:00Z "
                    + "or 2026-03-02T09:15 (in the channel's zone)");
        }
    }
}
