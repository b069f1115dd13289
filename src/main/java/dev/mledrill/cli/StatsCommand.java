package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.Stores;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.progress.ChartImage;
import dev.mledrill.progress.PersonalChart;
import dev.mledrill.progress.PersonalTrend;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.progress.ScoredAttempt;
import dev.mledrill.progress.WeakArea;
import dev.mledrill.progress.WeakAreaPractice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mle-drill stats}: a person's progress (text, JSON or a PNG chart), or a channel's team chart. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "A person's progress per rubric criterion over their latest scored answers, as text, JSON or a chart.",
            "With --team-chart: a channel's most-missed criteria over 4 weeks and its streak board as a chart."
        })
final class StatsCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(
            names = "--user",
            paramLabel = "U",
            description = "The user's platform id (Slack U..., Discord snowflake, or the terminal name).")
    String user;

    @Option(
            names = "--channel",
            paramLabel = "C",
            description = "Channel id or name, or platform:team:channel (default: all the user's answers).")
    String channel;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the person's progress chart to FILE (PNG).")
    Path png;

    @Option(
            names = "--team-chart",
            paramLabel = "FILE",
            description = "Write the channel's team chart to FILE (PNG); needs --channel.")
    Path teamChart;

    @Option(names = "--json", description = "Print the person's answers, rolling shares and weakest criterion as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (teamChart == null && user == null) {
            throw new ParameterException(spec.commandLine(), "give --user U, or --channel C --team-chart FILE");
        }
        if (teamChart != null && channel == null) {
            throw new ParameterException(spec.commandLine(), "--team-chart needs --channel C");
        }
        AppConfig config = options.load(System.getenv());
        Optional<ChannelSettings> settings = channel == null
                ? Optional.empty()
                : Optional.of(StandingsAccess.channel(config, channel, spec.commandLine()));
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = Application.openStores(config, System.getenv(), Clock.systemUTC())) {
            ProgressCharts charts = stores.charts();
            if (teamChart != null) {
                ChartImage image = charts.team(settings.orElseThrow());
                write(teamChart, image);
                out.println(
                        "wrote " + teamChart + " (" + image.width() + "x" + image.height() + "): " + image.altText());
            }
            if (user != null) {
                person(config, settings, charts, out);
            }
        }
        out.flush();
        return 0;
    }

    private void person(AppConfig config, Optional<ChannelSettings> settings, ProgressCharts charts, PrintWriter out)
            throws IOException {
        Optional<ChannelRef> in = settings.map(ChannelSettings::channel);
        List<ScoredAttempt> attempts = List.of();
        for (UserRef candidate : candidates(config, settings)) {
            attempts = charts.attempts(candidate, in);
            if (!attempts.isEmpty()) {
                break;
            }
        }
        ZoneId zone = settings.map(ChannelSettings::zone)
                .orElse(config.consoleChannel().zone());
        if (json) {
            out.println(StandingsAccess.JSON.writeValueAsString(document(attempts)));
        }
        if (attempts.isEmpty()) {
            if (!json) {
                out.println("no scored answers for " + user + (channel == null ? "" : " in " + channel));
            }
            if (png != null) {
                throw new IllegalArgumentException("no chart written: " + user + " has no scored answers"
                        + (channel == null ? "" : " in " + channel));
            }
            return;
        }
        if (!json) {
            summary(attempts, out);
        }
        if (png != null) {
            ChartImage image = new PersonalChart().render("Progress of " + user, PersonalTrend.of(attempts), zone);
            write(png, image);
            if (!json) {
                out.println("wrote " + png + " (" + image.width() + "x" + image.height() + "): " + image.altText());
            }
        }
    }

    /** The user in the channel's workspace, else in each configured workspace (the terminal's first). */
    private List<UserRef> candidates(AppConfig config, Optional<ChannelSettings> settings) {
        Set<UserRef> refs = new LinkedHashSet<>();
        settings.ifPresent(
                s -> refs.add(new UserRef(s.channel().platform(), s.channel().team(), user)));
        ChannelRef console = config.consoleChannel().channel();
        refs.add(new UserRef(console.platform(), console.team(), user));
        config.channels()
                .forEach(s ->
                        refs.add(new UserRef(s.channel().platform(), s.channel().team(), user)));
        return settings.isPresent() ? List.of(refs.iterator().next()) : List.copyOf(refs);
    }

    private static void summary(List<ScoredAttempt> attempts, PrintWriter out) {
        List<ScoredAttempt> recent =
                attempts.subList(Math.max(0, attempts.size() - WeakAreaPractice.SPAN), attempts.size());
        out.printf(
                "%d scored answers; latest total %.0f/100, average of the last %d %.0f/100%n",
                attempts.size(),
                attempts.get(attempts.size() - 1).total(),
                recent.size(),
                recent.stream().mapToDouble(ScoredAttempt::total).average().orElse(0));
        for (WeakArea area : WeakArea.ranked(recent)) {
            out.printf(
                    "  %-32s %3.0f %% of its points (lost %.0f of %.0f)%n",
                    area.criterion().title(),
                    100 * (area.available() - area.lost()) / area.available(),
                    area.lost(),
                    area.available());
        }
    }

    private Map<String, Object> document(List<ScoredAttempt> attempts) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("user", user);
        doc.put("channel", channel);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (ScoredAttempt a : attempts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", a.at());
            row.put("questionId", a.questionId());
            row.put("practice", a.practice());
            row.put("total", a.total());
            Map<String, Object> criteria = new LinkedHashMap<>();
            a.criteria().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> criteria.put(
                            e.getKey().id(),
                            Map.of(
                                    "earned",
                                    e.getValue().earned(),
                                    "max",
                                    e.getValue().max())));
            row.put("criteria", criteria);
            answers.add(row);
        }
        doc.put("answers", answers);
        PersonalTrend trend = PersonalTrend.of(attempts);
        Map<String, Object> rolling = new LinkedHashMap<>();
        trend.rollingShare().forEach((c, line) -> rolling.put(c.id(), line));
        doc.put("window", trend.window());
        doc.put("rollingShare", rolling);
        List<ScoredAttempt> recent =
                attempts.subList(Math.max(0, attempts.size() - WeakAreaPractice.SPAN), attempts.size());
        doc.put(
                "weakest",
                WeakArea.ranked(recent).stream()
                        .findFirst()
                        .map(w -> Map.of(
                                "criterion",
                                w.criterion().id(),
                                "lost",
                                w.lost(),
                                "available",
                                w.available(),
                                "answers",
                                w.answers()))
                        .orElse(null));
        return doc;
    }

    private static void write(Path file, ChartImage image) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + file + ": directory " + parent + " does not exist");
        }
        Files.write(file, image.png());
    }
}
