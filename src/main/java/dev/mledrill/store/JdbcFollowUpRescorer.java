package dev.mledrill.store;

import dev.mledrill.drill.AnswerText;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Scorer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The second step of {@code mle-drill rescore}: every answer with a follow-up reply gets the score of answer and
 * reply together under the new rubric version too, so the better of the two still counts. Runs after
 * {@link JdbcRescorer}; a second run does nothing.
 */
public final class JdbcFollowUpRescorer {
    private static final String PENDING = """
            select p.id, a.id, a.revision, a.question_id, a.body, p.reply_text from answer_probes p
            join answers a on a.id = p.answer_id
            where p.reply_text is not null and a.body is not null and a.withdrawn_at is null
              and not exists (select 1 from scores s where s.answer_id = a.id and s.revision = a.revision
                              and s.rubric_version = ? and s.with_probe = true)
            order by a.id""";

    private final DataSource dataSource;
    private final Scorer scorer;
    private final Function<String, Optional<Question>> questions;
    private final Clock clock;

    public JdbcFollowUpRescorer(
            DataSource dataSource, Scorer scorer, Function<String, Optional<Question>> questions, Clock clock) {
        this.dataSource = dataSource;
        this.scorer = scorer;
        this.questions = questions;
        this.clock = clock;
    }

    private record Pending(long probeId, long answerId, int revision, String questionId, String body, String reply) {}

    /** Returns how many combined scores were written. */
    public int run() {
        List<Pending> pending = Transaction.run(dataSource, c -> {
            List<Pending> rows = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(c, PENDING, scorer.rubricVersion());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Pending(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
            return rows;
        });
        JdbcProbeStore probes = new JdbcProbeStore(dataSource);
        int written = 0;
        for (Pending p : pending) {
            var score =
                    scorer.score(AnswerText.forScoring(p.body() + "\n\n" + p.reply()), questions.apply(p.questionId()));
            if (probes.saveCombined(p.probeId(), p.answerId(), p.revision(), score, clock.instant())
                    .saved()) {
                written++;
            }
        }
        return written;
    }
}
