package dev.mledrill.app;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.drill.AnswerStore;
import dev.mledrill.drill.DrillStores;
import dev.mledrill.drill.copies.Signer;
import dev.mledrill.privacy.AnswerTextRetention;
import dev.mledrill.privacy.PrivacyService;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcAnswerStore;
import dev.mledrill.store.JdbcChannelPauses;
import dev.mledrill.store.JdbcCopyChecks;
import dev.mledrill.store.JdbcCopyRescan;
import dev.mledrill.store.JdbcFollowUpRescorer;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcPersonalData;
import dev.mledrill.store.JdbcQuestionThreads;
import dev.mledrill.store.JdbcRescorer;
import dev.mledrill.store.JdbcScoreHistory;
import dev.mledrill.store.JdbcScoreStore;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.store.JdbcTeamHistory;
import dev.mledrill.streak.StreakPolicy;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The stores of one database and the services that need nothing but them, built with the
 * configuration's streak policy and zone policy ({@link AppConfig#zone}). The service's graph
 * ({@link Application}) takes its stores from here, and so do the terminal commands that work on
 * stored data ({@link Application#openStores}); closing closes the database.
 */
public final class Stores implements AutoCloseable {
    private final Database database;
    private final DataSource ds;
    private final AppConfig config;
    private final StreakPolicy policy;
    private final Clock clock;

    Stores(Database database, AppConfig config, Clock clock) {
        this.database = database;
        this.ds = database.dataSource();
        this.config = config;
        this.policy = new StreakPolicy(config.streak().scope(), config.streak().freezesPerMonth());
        this.clock = clock;
    }

    /**
     * The answer path's stores on a database, as the service builds them: answers (through
     * {@code answers}, which the service meters), scores, question threads and near-copy checks.
     */
    static DrillStores drillStores(DataSource ds, UnaryOperator<AnswerStore> answers) {
        return new DrillStores(
                answers.apply(new JdbcAnswerStore(ds)),
                new JdbcScoreStore(ds),
                new JdbcQuestionThreads(ds),
                new JdbcCopyChecks(ds, new Signer()));
    }

    /** The answer path's stores, unmetered: for tests that drive {@code DrillService} on a database of their own. */
    public static DrillStores drillStores(DataSource ds) {
        return drillStores(ds, UnaryOperator.identity());
    }

    public Database database() {
        return database;
    }

    public StreakPolicy streakPolicy() {
        return policy;
    }

    /** Streaks, their days in each channel's zone. */
    public JdbcStreaks streaks() {
        return new JdbcStreaks(ds, policy, config::zone, clock);
    }

    public JdbcLeaderboards leaderboards() {
        return new JdbcLeaderboards(ds, policy, clock);
    }

    public JdbcPersonalData personalData() {
        return new JdbcPersonalData(ds);
    }

    public JdbcChannelPauses pauses() {
        return new JdbcChannelPauses(ds, clock);
    }

    public JdbcScoreHistory scoreHistory() {
        return new JdbcScoreHistory(ds);
    }

    public JdbcTeamHistory teamHistory() {
        return new JdbcTeamHistory(ds);
    }

    public ProgressCharts charts() {
        return new ProgressCharts(scoreHistory(), teamHistory(), leaderboards(), clock);
    }

    /** Export and erasure of a person's data. */
    public PrivacyService privacy() {
        return new PrivacyService(personalData(), streaks(), clock);
    }

    /** Removes answer texts older than {@code days} (none: texts are kept). */
    public AnswerTextRetention retention(Optional<Integer> days) {
        return new AnswerTextRetention(personalData(), days, clock);
    }

    /** Checks stored answers not yet checked for near copies, {@code chunk} answers a transaction. */
    public JdbcCopyRescan copyRescan(int threads, int chunk) {
        return new JdbcCopyRescan(ds, new Signer(), threads, chunk);
    }

    /** Scores stored answers again with {@code scorer}. */
    public JdbcRescorer rescorer(
            Scorer scorer, Function<String, Optional<Question>> questions, int threads, int chunk) {
        return new JdbcRescorer(ds, scorer, questions, clock, threads, chunk);
    }

    /** Scores stored answers that have a follow-up reply together with it, under {@code scorer}'s rubric version. */
    public JdbcFollowUpRescorer followUpRescorer(Scorer scorer, Function<String, Optional<Question>> questions) {
        return new JdbcFollowUpRescorer(ds, scorer, questions, clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
