package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.Stores;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.leaderboard.LeaderboardEntry;
import dev.mledrill.leaderboard.Period;
import dev.mledrill.streak.Scope;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "leaderboard",
        mixinStandardHelpOptions = true,
        description =
                "Rank people by points (each one's best score per question) for this week, this month or all time.")
final class LeaderboardCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(
            names = "--channel",
            required = true,
            paramLabel = "C",
            description = "Channel id or name from the config, or platform:team:channel.")
    String channel;

    @Option(
            names = "--period",
            defaultValue = "week",
            paramLabel = "P",
            description = "week, month or all (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--workspace", description = "Rank the channel's whole workspace instead of the channel.")
    boolean workspace;

    @Option(
            names = "--limit",
            defaultValue = "20",
            paramLabel = "N",
            description = "How many rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON (documented in the README).")
    boolean json;

    @Spec
    CommandSpec spec;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--limit must be at least 1 (got " + limit + ")");
        }
        AppConfig config = options.load(System.getenv());
        ChannelSettings settings = StandingsAccess.channel(config, channel, spec.commandLine());
        Period chosen = parsePeriod();
        Scope scope = workspace ? Scope.WORKSPACE : Scope.CHANNEL;
        List<LeaderboardEntry> board;
        try (Stores stores = Application.openStores(config, System.getenv(), clock)) {
            board = stores.leaderboards().points(settings.channel(), scope, chosen, settings.zone(), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("channel", settings.channel().id());
            document.put("scope", scope.id());
            document.put("period", chosen.id());
            document.put("from", chosen.start(clock.instant(), settings.zone()).orElse(null));
            document.put("generatedAt", Instant.now(clock));
            document.put("entries", board);
            out.println(StandingsAccess.JSON.writeValueAsString(document));
        } else {
            out.printf("%-4s %-24s %8s %8s %7s%n", "rank", "name", "points", "answers", "streak");
            board.forEach(e -> out.printf(
                    "%-4d %-24s %8.1f %8d %7d%n",
                    e.rank(), e.displayName(), e.points(), e.answers(), e.currentStreak()));
            if (board.isEmpty()) {
                out.println("(no counted answers in this period)");
            }
        }
        out.flush();
        return 0;
    }

    private Period parsePeriod() {
        try {
            return Period.fromId(period);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
