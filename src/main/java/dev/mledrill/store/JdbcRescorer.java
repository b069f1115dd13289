package dev.mledrill.store;

import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Recomputes stored scores after a rubric change: every live answer whose current revision has no
 * score under the scorer's rubric version gets a new score row (compact: {@link ScoreColumns}), which becomes
 * current; the older rows stay, no longer current, as history. Answers are read in id order in
 * chunks; each chunk is scored and written (JDBC batches, one transaction: the answers' current
 * scores retire, the new ones go in, their standings move) by one of {@code threads} workers, so
 * scoring and writing use every core. An interrupted run resumes where it stopped.
 */
public final class JdbcRescorer {
    /** What a run did. */
    public record Result(int rescored) {}

    /**
     * Answers per transaction unless told otherwise. Larger chunks (4,000) cost less CPU per answer on
     * the H2 file but were slower with 2 workers: each waits longer on the other's locks on the same
     * people (docs/PERFORMANCE.md#scoring-and-rescoring).
     */
    public static final int DEFAULT_CHUNK = 1_000;

    private static final String SELECT = """
            select a.id, a.revision, a.question_id, a.body from answers a
            where a.id > ? and a.body is not null and a.withdrawn_at is null
              and not exists (select 1 from scores s
                              where s.answer_id = a.id and s.revision = a.revision and s.rubric_version = ?)
            order by a.id
            limit ?""";
    /** The current scores of the answers about to get their new ones: one statement per slice of ids. */
    private static final String RETIRE =
            "update scores set current_score = false where current_score = true and answer_id in (";

    /** Scores the answers already have under the given version become current again (a rubric rolled back). */
    private static final String PROMOTE = """
            update scores set current_score = true
            where rubric_version = ? and current_score = false and with_probe = false
              and exists (select 1 from scores c where c.answer_id = scores.answer_id and c.revision = scores.revision
                          and c.current_score = true and c.rubric_version <> ?)""";

    private static final String DEMOTE = """
            update scores set current_score = false
            where current_score = true and rubric_version <> ?
              and exists (select 1 from scores v where v.answer_id = scores.answer_id and v.revision = scores.revision
                          and v.current_score = true and v.rubric_version = ?)""";

    /** Ids per IN list: well under every driver's parameter limit. */
    private static final int SLICE = 500;

    private record Row(long answerId, int revision, String questionId, String body) {}

    private record Scored(Row row, Score score) {}

    private final DataSource dataSource;
    private final Scorer scorer;
    private final Function<String, Optional<Question>> questions;
    private final Clock clock;
    private final int threads;
    private final int chunkSize;

    public JdbcRescorer(
            DataSource dataSource,
            Scorer scorer,
            Function<String, Optional<Question>> questions,
            Clock clock,
            int threads,
            int chunkSize) {
        if (threads < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("threads and chunk size must be at least 1");
        }
        this.dataSource = dataSource;
        this.scorer = scorer;
        this.questions = questions;
        this.clock = clock;
        this.threads = threads;
        this.chunkSize = chunkSize;
    }

    /**
     * Going back to a rubric version the answers were scored under before: those earlier scores become
     * current again (instead of nothing happening because a score under that version exists). Returns
     * how many answers switched.
     */
    public int reinstate() {
        String version = scorer.rubricVersion();
        return Transaction.run(dataSource, c -> {
            int promoted;
            try (PreparedStatement promote = c.prepareStatement(PROMOTE)) {
                promote.setString(1, version);
                promote.setString(2, version);
                promoted = promote.executeUpdate();
            }
            try (PreparedStatement demote = c.prepareStatement(DEMOTE)) {
                demote.setString(1, version);
                demote.setString(2, version);
                demote.executeUpdate();
            }
            return promoted;
        });
    }

    public Result rescore() {
        return rescore(done -> {});
    }

    /** How many answers {@link #rescore()} would score: those with no score under this rubric version. */
    public long pending() {
        String count =
                "select count(*) from (" + SELECT.replace("order by a.id\n", "").replace("limit ?", "") + ") pending";
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(count)) {
                ps.setLong(1, 0);
                ps.setString(2, scorer.rubricVersion());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** As {@link #rescore()}, telling {@code progress} how many answers each written chunk held. */
    public Result rescore(java.util.function.IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<Integer>> written = new ArrayList<>();
        try {
            for (List<Row> chunk = read(0);
                    !chunk.isEmpty();
                    chunk = read(chunk.get(chunk.size() - 1).answerId())) {
                List<Row> rows = chunk;
                inFlight.acquire();
                written.add(pool.submit(() -> {
                    try {
                        int n = write(rows.stream()
                                .map(r -> new Scored(r, scorer.score(r.body(), questions.apply(r.questionId()))))
                                .toList());
                        progress.accept(rows.size());
                        return n;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            int rescored = 0;
            for (Future<Integer> f : written) {
                rescored += f.get();
            }
            return new Result(rescored);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rescoring was interrupted; run it again to finish", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            stop(pool, written);
        }
    }

    /**
     * Drops the chunks not yet started and waits for the ones being written, so that nothing writes
     * after a failed run has returned (a caller compacts the file, or reads the standings). Not by
     * interrupting them: an interrupt during file IO closes the NIO channel H2 is writing through.
     */
    private static void stop(ExecutorService pool, List<Future<Integer>> written) {
        written.forEach(f -> f.cancel(false));
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a chunk is still being written
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private List<Row> read(long afterId) {
        return Transaction.run(dataSource, c -> {
            List<Row> rows = new ArrayList<>(chunkSize);
            try (PreparedStatement ps = Transaction.prepare(c, SELECT, afterId, scorer.rubricVersion(), chunkSize);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
            }
            return rows;
        });
    }

    private int write(List<Scored> chunk) {
        if (chunk.isEmpty()) {
            return 0;
        }
        Timestamp at = Timestamp.from(clock.instant());
        try {
            return Transaction.run(dataSource, c -> insertAll(c, chunk, at));
        } catch (StoreException e) {
            if (!(e.getCause() instanceof BatchUpdateException)) {
                throw e;
            }
            // a score for one of these answers arrived meanwhile (live scoring): write them one by one
            int written = 0;
            for (Scored s : chunk) {
                written +=
                        Transaction.run(dataSource, c -> stillMissing(c, s.row()) ? insertAll(c, List.of(s), at) : 0);
            }
            return written;
        }
    }

    private int insertAll(Connection c, List<Scored> chunk, Timestamp at) throws SQLException {
        List<Long> answerIds = chunk.stream().map(s -> s.row().answerId()).toList();
        for (int from = 0; from < answerIds.size(); from += SLICE) {
            List<Long> slice = answerIds.subList(from, Math.min(answerIds.size(), from + SLICE));
            Transaction.update(
                    c, RETIRE + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")", slice.toArray());
        }
        try (PreparedStatement ps = c.prepareStatement(ScoreColumns.INSERT)) {
            for (Scored s : chunk) {
                Score score = s.score();
                ps.setLong(1, s.row().answerId());
                ps.setInt(2, s.row().revision());
                ps.setString(3, score.rubricVersion());
                ps.setDouble(4, score.total());
                ps.setString(5, score.band());
                ps.setBoolean(6, true);
                ps.setTimestamp(7, at);
                ScoreColumns.bind(ps, 8, score, s.row().body());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Standings.afterAnswersChanged(c, answerIds);
        return chunk.size();
    }

    private boolean stillMissing(Connection c, Row row) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select count(*) from scores where answer_id = ? and revision = ? and rubric_version = ?",
                        row.answerId(),
                        row.revision(),
                        scorer.rubricVersion());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) == 0;
        }
    }
}
