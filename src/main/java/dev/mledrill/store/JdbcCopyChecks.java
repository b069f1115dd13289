package dev.mledrill.store;

import dev.mledrill.drill.copies.CopyChecks;
import dev.mledrill.drill.copies.CopyFlag;
import dev.mledrill.drill.copies.CopyJudge;
import dev.mledrill.drill.copies.CopyVerdict;
import dev.mledrill.drill.copies.Signature;
import dev.mledrill.drill.copies.Signer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Near-copy checks in the answers table (copy_flag, copy_of, copy_similarity, copy_checked_revision,
 * copy_method) and answer_signatures. A check locks, in this order, the answer's posted question,
 * the answer and its author (the order the other stores take answer and author in), so checks of
 * two answers in one thread, or by one person, run one after the other and the later sees the earlier.
 */
public final class JdbcCopyChecks implements CopyChecks {
    /** Stripes of the in-process lock taken before a check's row locks (see {@link #check}). */
    private static final int THREAD_LOCKS = 64;

    private final DataSource dataSource;
    private final Signer signer;
    private final CopyJudge judge;
    private final ReentrantLock[] threadLocks = new ReentrantLock[THREAD_LOCKS];
    private final ThreadSignatures threads = new ThreadSignatures();

    public JdbcCopyChecks(DataSource dataSource, Signer signer) {
        this.dataSource = dataSource;
        this.signer = signer;
        this.judge = new CopyJudge(signer);
        for (int i = 0; i < THREAD_LOCKS; i++) {
            threadLocks[i] = new ReentrantLock();
        }
    }

    /** An answer's place and its verdict as stored. */
    record Subject(
            long id,
            long userId,
            Long postedQuestionId,
            String questionId,
            int revision,
            boolean withdrawn,
            Instant textAt,
            CopyVerdict verdict,
            Integer checkedRevision,
            String method) {
        boolean checked(int rev) {
            return checkedRevision != null && checkedRevision == rev && Signer.METHOD.equals(method);
        }
    }

    static final String SUBJECT = "select id, user_id, posted_question_id, question_id, revision, withdrawn_at,"
            + " coalesce(edited_at, received_at) as text_at, copy_flag, copy_of, copy_similarity, copy_checked_revision,"
            + " copy_method from answers where id = ?";

    /**
     * Checks of answers in one thread queue on an in-process lock first, so they wait parked instead
     * of in the database's lock wait, which spins a core per waiter: with many answers arriving in one
     * thread, the waiting checks took most of the CPU. The row locks below still order checks across
     * processes sharing the database.
     */
    @Override
    public Optional<Checked> check(long answerId, int revision, Signature signature) {
        Optional<Subject> unlocked = Transaction.run(dataSource, c -> subject(c, answerId, false));
        if (unlocked.isEmpty()) {
            return Optional.empty();
        }
        Long thread = unlocked.get().postedQuestionId();
        if (thread == null) {
            return checkLocked(answerId, null, revision, signature);
        }
        ReentrantLock lock = threadLocks[Math.floorMod(Long.hashCode(thread), THREAD_LOCKS)];
        lock.lock();
        try {
            return checkLocked(answerId, thread, revision, signature);
        } finally {
            lock.unlock();
        }
    }

    private Optional<Checked> checkLocked(long answerId, Long thread, int revision, Signature signature) {
        return Transaction.run(dataSource, c -> {
            long number = thread == null ? 0 : nextCheckNumber(c, thread);
            Optional<Subject> locked = subject(c, answerId, true);
            if (locked.isEmpty()) {
                return Optional.empty();
            }
            Subject subject = locked.get();
            Transaction.update(
                    c, "update users set leaderboard_opt_out = leaderboard_opt_out where id = ?", subject.userId());
            if (subject.withdrawn() || subject.revision() != revision) {
                return Optional.empty();
            }
            SignatureRows rows = new SignatureRows(c, signer);
            rows.keep(answerId, revision, subject.textAt(), signature);
            CopyVerdict verdict = judge(rows, subject, signature, number);
            keep(c, subject, verdict);
            if (thread != null) {
                Transaction.update(c, "update answers set copy_seq = ? where id = ?", number, answerId);
            }
            return Optional.of(new Checked(answerId, subject.verdict(), verdict));
        });
    }

    /**
     * Takes the thread's next check number. Its row lock orders the checks of one thread across
     * processes, so every lower number is committed, and readable, once this returns.
     */
    private static long nextCheckNumber(Connection c, long thread) throws SQLException {
        Transaction.update(c, "update posted_questions set copy_checks = copy_checks + 1 where id = ?", thread);
        try (PreparedStatement ps =
                        Transaction.prepare(c, "select copy_checks from posted_questions where id = ?", thread);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public List<Long> recycledFrom(long answerId) {
        return Transaction.run(dataSource, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select id from answers where copy_of = ? and copy_flag = ?" + " order by id",
                            answerId,
                            CopyFlag.RECYCLED.id());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private CopyVerdict judge(SignatureRows rows, Subject subject, Signature signature, long number)
            throws SQLException {
        CopyJudge.Text self = rows.texts("a.id = ?", subject.id()).get(0);
        List<CopyJudge.Text> thread =
                subject.postedQuestionId() == null ? List.of() : nearInThread(rows, subject, signature, number);
        List<CopyJudge.Text> own = rows.texts(
                "a.user_id = ? and a.question_id <> ? and a.withdrawn_at is null",
                subject.userId(),
                subject.questionId());
        return judge.judge(self, signature, thread, own);
    }

    /**
     * The other people's answers in the subject's thread that are near its text, read again from the
     * database. The thread's answers come from {@link ThreadSignatures}, brought up to date with those
     * checked since this process last read the thread, and those not checked at their current revision.
     */
    private List<CopyJudge.Text> nearInThread(SignatureRows rows, Subject subject, Signature signature, long number)
            throws SQLException {
        long thread = subject.postedQuestionId();
        ThreadSignatures.Seen seen = threads.of(thread);
        List<SignatureRows.Authored> read = new ArrayList<>(
                rows.authored("a.posted_question_id = ? and a.copy_seq > ?", thread, seen.checkedUpTo()));
        read.addAll(rows.authored("a.posted_question_id = ? and a.copy_seq is null", thread));
        seen.update(read, number - 1);
        threads.trim(thread);
        List<Long> near = new ArrayList<>();
        for (SignatureRows.Authored a : seen.answers()) {
            if (a.userId() != subject.userId() && judge.near(a.text(), signature)) {
                near.add(a.text().answerId());
            }
        }
        List<CopyJudge.Text> texts = new ArrayList<>();
        for (int from = 0; from < near.size(); from += 500) {
            List<Long> slice = near.subList(from, Math.min(near.size(), from + 500));
            List<Object> args = new ArrayList<>(slice);
            args.add(thread);
            args.add(subject.userId());
            texts.addAll(rows.texts(
                    "a.id in (" + String.join(", ", Collections.nCopies(slice.size(), "?"))
                            + ") and a.posted_question_id = ? and a.user_id <> ?",
                    args.toArray()));
        }
        return texts;
    }

    /** Stores the verdict as the answer's, and moves the standings if the answer starts or stops counting. */
    static void keep(Connection c, Subject subject, CopyVerdict verdict) throws SQLException {
        Transaction.update(
                c,
                "update answers set copy_flag = ?, copy_of = ?, copy_similarity = ?, copy_checked_revision = ?,"
                        + " copy_method = ? where id = ?",
                verdict.flag().map(CopyFlag::id).orElse(null),
                verdict.copyOf().orElse(null),
                verdict.flagged() ? verdict.similarity() : null,
                subject.revision(),
                Signer.METHOD,
                subject.id());
        if (!verdict.flag().equals(subject.verdict().flag())) {
            Standings.afterAnswersChanged(c, List.of(subject.id()));
        }
    }

    static Optional<Subject> subject(Connection c, long answerId, boolean lock) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(c, SUBJECT + (lock ? " for update" : ""), answerId);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(subject(rs));
        }
    }

    static Subject subject(ResultSet rs) throws SQLException {
        Optional<CopyFlag> flag = CopyFlag.fromId(rs.getString("copy_flag"));
        long copyOf = rs.getLong("copy_of");
        Long original = rs.wasNull() ? null : copyOf;
        double similarity = rs.getDouble("copy_similarity");
        CopyVerdict verdict =
                flag.map(f -> CopyVerdict.flagged(f, original, similarity)).orElse(CopyVerdict.CLEAN);
        long posted = rs.getLong("posted_question_id");
        Long postedQuestion = rs.wasNull() ? null : posted;
        int checked = rs.getInt("copy_checked_revision");
        Integer checkedRevision = rs.wasNull() ? null : checked;
        return new Subject(
                rs.getLong("id"),
                rs.getLong("user_id"),
                postedQuestion,
                rs.getString("question_id"),
                rs.getInt("revision"),
                rs.getObject("withdrawn_at") != null,
                Transaction.instant(rs, "text_at"),
                verdict,
                checkedRevision,
                rs.getString("copy_method"));
    }
}
