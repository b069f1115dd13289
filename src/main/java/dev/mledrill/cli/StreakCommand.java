package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.Stores;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.streak.Streaks;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "streak",
        mixinStandardHelpOptions = true,
        description =
                "Show a user's streak (consecutive drill days answered in time) in one channel or every configured one.")
final class StreakCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(
            names = "--user",
            required = true,
            paramLabel = "U",
            description = "The user's platform id (Slack U..., Discord snowflake).")
    String user;

    @Option(
            names = "--channel",
            paramLabel = "C",
            description = "Channel id or name, or platform:team:channel (default: every configured channel).")
    String channel;

    @Option(names = "--json", description = "Print JSON (documented in the README).")
    boolean json;

    @Spec
    CommandSpec spec;

    /** One row of the output. */
    record ChannelStreak(String channel, String name, int current, int longest, int freezesUsed, int freezesLeft) {}

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.load(System.getenv());
        List<ChannelSettings> channels = channel == null
                ? config.channels()
                : List.of(StandingsAccess.channel(config, channel, spec.commandLine()));
        List<ChannelStreak> rows = new ArrayList<>();
        try (Stores stores = Application.openStores(config, System.getenv(), Clock.systemUTC())) {
            Streaks streaks = stores.streaks();
            for (ChannelSettings s : channels) {
                StreakSummary summary = streaks.of(
                        new UserRef(s.channel().platform(), s.channel().team(), user), s.channel());
                if (channel != null || summary.longest() > 0) {
                    rows.add(new ChannelStreak(
                            s.channel().id(),
                            s.name(),
                            summary.current(),
                            summary.longest(),
                            summary.freezesUsed(),
                            summary.freezesLeft()));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("user", user);
            document.put("scope", config.streak().scope().id());
            document.put("streaks", rows);
            out.println(StandingsAccess.JSON.writeValueAsString(document));
        } else if (rows.isEmpty()) {
            out.println("no streak for " + user + " in any configured channel");
        } else {
            rows.forEach(r -> out.printf(
                    "%s: current %d, longest %d, freezes this month %d used / %d left%n",
                    r.name(), r.current(), r.longest(), r.freezesUsed(), r.freezesLeft()));
        }
        out.flush();
        return 0;
    }
}
