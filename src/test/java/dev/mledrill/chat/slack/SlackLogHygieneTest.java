package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import dev.mledrill.app.Stores;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.DrillService;
import dev.mledrill.drill.DrillStores;
import dev.mledrill.drill.TestScores;
import dev.mledrill.privacy.AnswerTextRetention;
import dev.mledrill.privacy.PrivacyService;
import dev.mledrill.privacy.UserSelector;
import dev.mledrill.rubric.AskedQuestion;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcPersonalData;
import dev.mledrill.store.TestPosts;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.testing.CapturedLogs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tokens and answer texts never reach the logs at INFO or above: a whole answer flow (store, score,
 * feedback, edit, rejection, scorer failure, failed delivery, deletion, retention, forget) runs
 * through Bolt, the fake Slack, the real DrillService and H2 while logback's root logger is captured.
 */
class SlackLogHygieneTest {
    private static final String MARK = "QUOKKA-7731";
    private static final String BOT_TOKEN = "xoxb-" + MARK + "-bot-secret";
    private static final String APP_TOKEN = "xapp-" + MARK + "-app-secret";
    private static final Instant POSTED_AT = Instant.ofEpochSecond(1_764_000_000L - 60);

    /** Scores like the recording scorer, but fails, quoting the answer in its message, when told to. */
    private static final class QuotingFailureScorer implements Scorer {
        private final TestScores.RecordingScorer scores = new TestScores.RecordingScorer();

        @Override
        public Score score(String answer, Optional<? extends AskedQuestion> question) {
            if (answer.contains("explode")) {
                throw new IllegalStateException("cannot score '" + answer + "'");
            }
            return scores.score(answer, question);
        }

        @Override
        public String rubricVersion() {
            return scores.rubricVersion();
        }
    }

    @Test
    @DisplayName("a full answer flow logs neither the Slack tokens nor any answer text at INFO or above")
    void noTokensOrAnswerTextsInLogs() throws Exception {
        ExecutorService scoring = Executors.newSingleThreadExecutor();
        try (CapturedLogs logs = new CapturedLogs();
                Database db = Database.h2InMemory("log-hygiene-" + UUID.randomUUID());
                FakeSlack fake = FakeSlack.start()) {
            Chats chats = new Chats();
            DrillStores stores = Stores.drillStores(db.dataSource());
            DrillService drill = new DrillService(
                    stores,
                    () -> List.of(SlackSamples.question()),
                    new QuotingFailureScorer(),
                    (user, channel) -> new StreakSummary(1, 1, 0, 2),
                    chats,
                    List.of(SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of())),
                    scoring,
                    SlackHarness.CLOCK);
            SlackSettings settings =
                    new SlackSettings(BOT_TOKEN, APP_TOKEN, fake.settings().apiBaseUrl());
            SlackAdapter adapter = new SlackAdapter(
                    settings,
                    drill,
                    command -> new CommandReply("ok: " + command.text()),
                    channel -> Optional.empty(),
                    SlackHarness.CLOCK);
            try {
                chats.register(adapter.chat());
                adapter.start();
                fake.awaitConnected();
                String thread = fake.nextTs();
                TestPosts.posted(
                        db,
                        CHANNEL_REF,
                        SlackSamples.question().id(),
                        thread,
                        POSTED_AT,
                        POSTED_AT.plus(Duration.ofDays(1)));
                runAnswerFlow(fake, thread);
                forgetAndExpire(db);
            } finally {
                adapter.close();
            }

            List<String> infoOrAbove = logs.atLeast(Level.INFO).stream()
                    .map(CapturedLogs::fullText)
                    .toList();
            assertThat(logs.atLeast(Level.DEBUG, "dev.mledrill"))
                    .as("the capture sees our loggers")
                    .isNotEmpty();
            assertThat(infoOrAbove).as("the flow logged at INFO+").anyMatch(line -> line.contains("rejected"));
            assertThat(infoOrAbove).noneMatch(line -> line.contains(MARK));
            assertThat(infoOrAbove).noneMatch(line -> line.contains("bot-secret") || line.contains("app-secret"));
        } finally {
            scoring.shutdownNow();
            scoring.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void runAnswerFlow(FakeSlack fake, String thread) {
        FakeSlack.Delivery answer =
                fake.threadReply(CHANNEL, thread, "U1ANA", MARK + " shutter lag fell from 110 ms to 82 ms");
        fake.awaitAck(answer.envelopeId());
        fake.awaitCall("chat.postEphemeral");

        fake.awaitAck(fake.edit(
                        CHANNEL,
                        thread,
                        answer.ts(),
                        "U1ANA",
                        MARK + " shutter lag fell from 110 ms to 82 ms",
                        MARK + " edited: 110 ms to 80 ms on a Pixel 7")
                .envelopeId());
        await().until(() -> fake.calls("chat.postEphemeral").size() == 2);

        fake.awaitAck(fake.threadReply(CHANNEL, thread, "U2BEN", MARK + " too long ".repeat(1_500))
                .envelopeId());
        await().until(() -> fake.calls("chat.postEphemeral").size() == 3);

        fake.failNext("chat.postEphemeral", "channel_not_found");
        fake.failNext("reactions.add", "invalid_name");
        fake.awaitAck(fake.threadReply(CHANNEL, thread, "U3CAL", MARK + " feedback for this one fails")
                .envelopeId());
        await().until(() -> fake.calls("chat.postEphemeral").size() == 4);

        fake.awaitAck(fake.threadReply(CHANNEL, thread, "U4DEE", MARK + " please explode the scorer")
                .envelopeId());
        fake.awaitAck(fake.delete(CHANNEL, thread, answer.ts(), "U1ANA", MARK + " edited")
                .envelopeId());
        fake.awaitAck(fake.slashCommand(CHANNEL, "U1ANA", "practice " + MARK));
    }

    private static void forgetAndExpire(Database db) {
        Clock later = Clock.fixed(POSTED_AT.plus(Duration.ofDays(400)), ZoneOffset.UTC);
        JdbcPersonalData data = new JdbcPersonalData(db.dataSource());
        await().until(() -> new AnswerTextRetention(data, Optional.of(30), later).apply() >= 1);
        new PrivacyService(data, (user, channel) -> StreakSummary.NONE, later)
                .forget(UserSelector.everywhereOn(new UserRef(Platform.SLACK, FakeSlack.TEAM, "U1ANA")));
    }
}
