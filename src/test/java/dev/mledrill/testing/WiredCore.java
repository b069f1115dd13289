package dev.mledrill.testing;

import dev.mledrill.app.Application;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.followup.FollowUpLoader;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.rubric.RubricLoader;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.store.Database;
import dev.mledrill.streak.Scope;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The service's object graph for end-to-end tests, built by the composition root itself
 * ({@link Application#wire}) on a database the test owns, with the repository's rubric and
 * follow-up templates: what the tests drive is what {@code mle-drill run} runs.
 */
public final class WiredCore {
    private WiredCore() {}

    /**
     * @param followUps whether the channels ask follow-up probes; when false every channel's {@code follow_up}
     *                  is turned off, as a configuration saying {@code follow_up: off} would
     * @param scorers   wraps the rubric scorer, e.g. to record what was scored
     */
    public static Application wire(
            Database database,
            List<ChannelSettings> channels,
            List<Question> bank,
            Clock clock,
            boolean followUps,
            UnaryOperator<Scorer> scorers) {
        List<ChannelSettings> configured = followUps
                ? channels
                : channels.stream().map(WiredCore::withoutFollowUp).toList();
        AppConfig config = new AppConfig(
                "jdbc:test",
                Path.of("questions"),
                RubricLoader.DEFAULT_FILE,
                configured,
                new AppConfig.Streak(Scope.CHANNEL, 2),
                AppConfig.Slack.DEFAULT,
                AppConfig.Discord.DEFAULT);
        return Application.wire(
                config,
                clock,
                database,
                QuestionBank.of(bank),
                RubricLoader.load(RubricLoader.DEFAULT_FILE),
                FollowUpLoader.load(Path.of("config", "follow-ups.yaml")),
                Optional.empty(),
                scorers);
    }

    private static ChannelSettings withoutFollowUp(ChannelSettings c) {
        return new ChannelSettings(
                c.channel(),
                c.name(),
                c.schedule(),
                c.zone(),
                c.rotation(),
                c.skipDates(),
                c.answerWindow(),
                c.feedback(),
                c.wrapUpInThread(),
                c.showNames(),
                c.admins(),
                c.progress(),
                false,
                c.answers(),
                c.reveal());
    }
}
