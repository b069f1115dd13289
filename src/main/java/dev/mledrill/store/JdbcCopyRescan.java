package dev.mledrill.store;

import dev.mledrill.drill.AnswerText;
import dev.mledrill.drill.copies.CopyFlag;
import dev.mledrill.drill.copies.CopyJudge;
import dev.mledrill.drill.copies.CopyVerdict;
import dev.mledrill.drill.copies.Signature;
import dev.mledrill.drill.copies.Signer;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The near-copy half of {@code mle-drill rescore}: signs every answer whose current text has no
 * signature yet (answers stored before V11), then judges every live answer whose current revision
 * was not checked with the current method, against the stored signatures of its thread and of its
 * author's other answers, all held in memory (about 300 bytes per answer) so no pair is read twice.
 * When every answer is checked already it only counts them: a rubric-only rescore pays nothing.
 */
public final class JdbcCopyRescan {
    /** What a run did. */
    public record Result(int signed, int checked, int copied, int recycled) {}

    private static final String UNCHECKED = " from answers a where a.withdrawn_at is null and (a.copy_method is null"
            + " or a.copy_method <> ? or a.copy_checked_revision is null or a.copy_checked_revision <> a.revision)";

    /** One answer as the judge needs it. */
    private record Entry(
            long id,
            long userId,
            Long postedQuestionId,
            String questionId,
            int revision,
            boolean withdrawn,
            String flag,
            CopyJudge.Text text,
            Signature current) {}

    /** Answers per transaction unless told otherwise. */
    public static final int DEFAULT_CHUNK = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCopyRescan.class);

    private final DataSource dataSource;
    private final Signer signer;
    private final CopyJudge judge;
    private final int threads;
    private final int chunk;

    public JdbcCopyRescan(DataSource dataSource, Signer signer, int threads, int chunk) {
        if (threads < 1 || chunk < 1) {
            throw new IllegalArgumentException("threads and chunk size must be at least 1");
        }
        this.dataSource = dataSource;
        this.signer = signer;
        this.judge = new CopyJudge(signer);
        this.threads = threads;
        this.chunk = chunk;
    }

    public Result run() {
        int unchecked = Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(c, "select count(*)" + UNCHECKED, Signer.METHOD);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        if (unchecked == 0) {
            return new Result(0, 0, 0, 0);
        }
        long t0 = System.nanoTime();
        int signed = signMissing();
        long t1 = System.nanoTime();
        List<Entry> all = load();
        long t2 = System.nanoTime();
        Map<Long, List<Entry>> byThread = new HashMap<>();
        Map<Long, List<Entry>> byUser = new HashMap<>();
        for (Entry e : all) {
            if (e.postedQuestionId() != null) {
                byThread.computeIfAbsent(e.postedQuestionId(), k -> new ArrayList<>())
                        .add(e);
            }
            byUser.computeIfAbsent(e.userId(), k -> new ArrayList<>()).add(e);
        }
        List<Entry> toCheck = stale(all);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<CopyVerdict> verdicts = pool.submit(() -> toCheck.parallelStream()
                            .map(e -> judge(e, byThread, byUser))
                            .toList())
                    .get();
            int copied = 0;
            int recycled = 0;
            for (CopyVerdict v : verdicts) {
                copied += v.flag().filter(f -> f == CopyFlag.COPIED).isPresent() ? 1 : 0;
                recycled += v.flag().filter(f -> f == CopyFlag.RECYCLED).isPresent() ? 1 : 0;
            }
            long t3 = System.nanoTime();
            write(toCheck, verdicts);
            LOG.info(
                    "near-copy check: signed {} in {} ms, loaded {} answers in {} ms, judged {} in {} ms, wrote in {} ms",
                    signed,
                    (t1 - t0) / 1_000_000,
                    all.size(),
                    (t2 - t1) / 1_000_000,
                    toCheck.size(),
                    (t3 - t2) / 1_000_000,
                    (System.nanoTime() - t3) / 1_000_000);
            return new Result(signed, toCheck.size(), copied, recycled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the near-copy check was interrupted; run rescore again to finish", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private CopyVerdict judge(Entry e, Map<Long, List<Entry>> byThread, Map<Long, List<Entry>> byUser) {
        if (e.current() == null) {
            return CopyVerdict.CLEAN;
        }
        List<CopyJudge.Text> thread = e.postedQuestionId() == null
                ? List.of()
                : byThread.get(e.postedQuestionId()).stream()
                        .filter(o -> o.userId() != e.userId())
                        .map(Entry::text)
                        .toList();
        List<CopyJudge.Text> own = byUser.get(e.userId()).stream()
                .filter(o -> !o.withdrawn() && !o.questionId().equals(e.questionId()))
                .map(Entry::text)
                .toList();
        return judge.judge(e.text(), e.current(), thread, own);
    }

    private List<Entry> stale(List<Entry> all) {
        List<Long> ids = Transaction.run(dataSource, c -> {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement ps =
                            Transaction.prepare(c, "select a.id" + UNCHECKED + " order by a.id", Signer.METHOD);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found;
        });
        Map<Long, Entry> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every answer with the signatures of its revisions (current method), in id order. */
    private List<Entry> load() {
        return Transaction.run(dataSource, c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select a.id, a.user_id, a.posted_question_id, a.question_id,"
                                    + " a.revision, a.withdrawn_at, a.copy_flag, s.revision, s.written_at, s.shingles, s.signature from answers a"
                                    + " left join answer_signatures s on s.answer_id = a.id and s.method = ? order by a.id, s.revision",
                            Signer.METHOD);
                    ResultSet rs = ps.executeQuery()) {
                Entry open = null;
                List<CopyJudge.Revision> revisions = new ArrayList<>();
                Signature current = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (open == null || open.id() != id) {
                        if (open != null) {
                            entries.add(withRevisions(open, revisions, current));
                        }
                        long pq = rs.getLong(3);
                        Long postedQuestion = rs.wasNull() ? null : pq;
                        open = new Entry(
                                id,
                                rs.getLong(2),
                                postedQuestion,
                                rs.getString(4),
                                rs.getInt(5),
                                rs.getObject(6) != null,
                                rs.getString(7),
                                null,
                                null);
                        revisions = new ArrayList<>();
                        current = null;
                    }
                    byte[] bytes = rs.getBytes(11);
                    if (bytes != null) {
                        Signature signature = new Signature(bytes, rs.getInt(10));
                        revisions.add(new CopyJudge.Revision(Transaction.instant(rs, "written_at"), signature));
                        current = rs.getInt(8) == open.revision() ? signature : current;
                    }
                }
                if (open != null) {
                    entries.add(withRevisions(open, revisions, current));
                }
            }
            return entries;
        });
    }

    private static Entry withRevisions(Entry e, List<CopyJudge.Revision> revisions, Signature current) {
        return new Entry(
                e.id(),
                e.userId(),
                e.postedQuestionId(),
                e.questionId(),
                e.revision(),
                e.withdrawn(),
                e.flag(),
                new CopyJudge.Text(e.id(), revisions),
                current);
    }

    /** Keeps the verdicts in chunks; an answer whose revision moved on meanwhile is left to its own live check. */
    private void write(List<Entry> checked, List<CopyVerdict> verdicts) {
        for (int from = 0; from < checked.size(); from += chunk) {
            int to = Math.min(checked.size(), from + chunk);
            List<Entry> entries = checked.subList(from, to);
            List<CopyVerdict> slice = verdicts.subList(from, to);
            Transaction.run(dataSource, c -> {
                List<Long> moved = new ArrayList<>();
                try (PreparedStatement ps =
                        c.prepareStatement("update answers set copy_flag = ?, copy_of = ?, copy_similarity = ?,"
                                + " copy_checked_revision = ?, copy_method = ? where id = ? and revision = ?")) {
                    for (int i = 0; i < entries.size(); i++) {
                        Entry e = entries.get(i);
                        CopyVerdict v = slice.get(i);
                        ps.setString(1, v.flag().map(CopyFlag::id).orElse(null));
                        ps.setObject(2, v.copyOf().orElse(null));
                        ps.setObject(3, v.flagged() ? v.similarity() : null);
                        ps.setInt(4, e.revision());
                        ps.setString(5, Signer.METHOD);
                        ps.setLong(6, e.id());
                        ps.setInt(7, e.revision());
                        ps.addBatch();
                        if (!java.util.Objects.equals(
                                e.flag(), v.flag().map(CopyFlag::id).orElse(null))) {
                            moved.add(e.id());
                        }
                    }
                    ps.executeBatch();
                }
                if (!moved.isEmpty()) {
                    Standings.afterAnswersChanged(c, moved);
                }
                return null;
            });
        }
    }

    /** Signs, in chunks and on every worker, each answer whose current text has no signature yet. */
    private int signMissing() {
        int signed = 0;
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            long after = 0;
            while (true) {
                long from = after;
                List<Object[]> rows = Transaction.run(dataSource, c -> {
                    List<Object[]> found = new ArrayList<>();
                    try (PreparedStatement ps = Transaction.prepare(
                                    c,
                                    "select a.id, a.revision, coalesce(a.edited_at, a.received_at)"
                                            + " as text_at, a.body"
                                            + UNCHECKED.replace(
                                                    " where ", " where a.id > ? and a.body is not null and ")
                                            + " and not exists"
                                            + " (select 1 from answer_signatures s where s.answer_id = a.id and s.revision = a.revision"
                                            + " and s.method = ?) order by a.id fetch first ? rows only",
                                    from,
                                    Signer.METHOD,
                                    Signer.METHOD,
                                    chunk);
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Object[] {
                                rs.getLong(1), rs.getInt(2), Transaction.instant(rs, "text_at"), rs.getString(4)
                            });
                        }
                    }
                    return found;
                });
                if (rows.isEmpty()) {
                    return signed;
                }
                List<Signature> signatures = pool.submit(() -> rows.parallelStream()
                                .map(r -> signer.sign(AnswerText.forScoring((String) r[3])))
                                .toList())
                        .get();
                Transaction.run(dataSource, c -> insertSignatures(c, rows, signatures));
                signed += rows.size();
                after = (long) rows.get(rows.size() - 1)[0];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("signing answers was interrupted; run rescore again to finish", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void insertSignatures(Connection c, List<Object[]> rows, List<Signature> signatures)
            throws SQLException {
        SignatureRows keeper = new SignatureRows(c, null);
        try (PreparedStatement ps =
                c.prepareStatement("insert into answer_signatures (answer_id, revision, method, written_at,"
                        + " shingles, signature) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                ps.setLong(1, (long) rows.get(i)[0]);
                ps.setInt(2, (int) rows.get(i)[1]);
                ps.setString(3, Signer.METHOD);
                ps.setObject(4, java.time.OffsetDateTime.ofInstant((Instant) rows.get(i)[2], java.time.ZoneOffset.UTC));
                ps.setInt(5, signatures.get(i).shingles());
                ps.setBytes(6, signatures.get(i).bytes());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (BatchUpdateException e) {
            // a live check signed one of these meanwhile: keep the others one by one
            c.rollback();
            for (int i = 0; i < rows.size(); i++) {
                keeper.keep((long) rows.get(i)[0], (int) rows.get(i)[1], (Instant) rows.get(i)[2], signatures.get(i));
            }
        }
        return null;
    }
}
