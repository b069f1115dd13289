package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.Stores;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.schedule.ChannelPauses;
import dev.mledrill.schedule.DrillOccurrence;
import dev.mledrill.schedule.DrillSchedule;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description =
                "Every configured channel: its schedule, next post time in its zone, answer window and whether it is paused.")
final class ScheduleListCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--json", description = "Print JSON (documented in the README).")
    boolean json;

    @Spec
    CommandSpec spec;

    private final Clock clock = Clock.systemUTC();

    /** One row of the output; {@code nextPost} and {@code nextWindowCloses} are in the channel's zone. */
    record ChannelSchedule(
            String platform,
            String team,
            String channel,
            String name,
            String cron,
            String zone,
            String nextPost,
            String nextWindowCloses,
            String answerWindow,
            List<String> skipDates,
            boolean paused) {}

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.load(System.getenv());
        List<ChannelSchedule> rows = new ArrayList<>();
        try (Stores stores = Application.openStores(config, System.getenv(), clock)) {
            ChannelPauses pauses = stores.pauses();
            for (ChannelSettings s : config.channels()) {
                Optional<DrillOccurrence> next = DrillSchedule.of(s).nextAfter(clock.instant());
                rows.add(new ChannelSchedule(
                        s.channel().platform().id(),
                        s.channel().team(),
                        s.channel().id(),
                        s.name(),
                        s.schedule(),
                        s.zone().getId(),
                        next.map(o -> o.postAt().toOffsetDateTime().toString()).orElse(null),
                        next.map(o -> o.closesAt().toOffsetDateTime().toString())
                                .orElse(null),
                        s.answerWindow().map(Object::toString).orElse("until next post"),
                        s.skipDates().stream().sorted().map(Object::toString).toList(),
                        pauses.paused(s.channel())));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("generatedAt", Instant.now(clock));
            document.put("channels", rows);
            out.println(StandingsAccess.JSON.writeValueAsString(document));
        } else {
            for (ChannelSchedule r : rows) {
                out.printf(
                        "%s (%s %s/%s)%n  cron %s in %s%s%n  next post %s, window %s%n",
                        r.name(),
                        r.platform(),
                        r.team(),
                        r.channel(),
                        r.cron(),
                        r.zone(),
                        r.paused() ? ", PAUSED" : "",
                        r.nextPost() == null ? "never" : r.nextPost(),
                        r.answerWindow());
            }
        }
        out.flush();
        return 0;
    }
}
