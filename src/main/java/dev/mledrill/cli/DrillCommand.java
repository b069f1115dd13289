package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.console.ConsoleChat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mle-drill drill}: practise at the terminal, no Slack or Discord needed. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = {
            "Practise at the terminal: today's question, your answer, its feedback and your streak.",
            "Reads the answer until an empty line or the end of input, so it works piped too:",
            "  echo \"...\" | java -jar target/mle-drill.jar drill --user alice",
            "Answers are stored in the same database as the bot's. --question or --category gives a practice "
                    + "question instead: scored, not counted for streaks or leaderboards."})
final class DrillCommand implements Callable<Integer> {
    @Option(names = "--user", paramLabel = "NAME", description = "Who is answering (default: your login name).")
    String user = System.getProperty("user.name", "me");

    @Option(names = "--question", paramLabel = "ID", description = "Practise this question instead of today's.")
    String question;

    @Option(names = "--category", paramLabel = "C",
            description = "Practise a question of this category (vision, nlp, tradeoffs, privacy, deployment, measurement).")
    String category;

    @Option(names = "--practice",
            description = "Practise a question aimed at your weak area: the criterion you lost most points on over your last 10 scored answers.")
    boolean practice;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    final Terminal terminal = new Terminal();

    @Override
    public Integer call() {
        try (Application app = terminal.open(terminal.config(options))) {
            ConsoleChat console = app.attachConsole(terminal.out);
            BufferedReader reader = new BufferedReader(new InputStreamReader(terminal.in, StandardCharsets.UTF_8));
            new TerminalDrill(app, console, terminal.out).run(new UserRef(Platform.CONSOLE, "local", user.strip()),
                    Optional.ofNullable(question), Optional.ofNullable(category), practice, reader);
            return 0;
        }
    }
}
