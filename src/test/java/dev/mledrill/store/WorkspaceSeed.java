package dev.mledrill.store;

import dev.mledrill.drill.copies.Signature;
import dev.mledrill.drill.copies.Signer;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A big workspace's year as the stores would have written it, loaded in JDBC batches on H2 or
 * PostgreSQL (benches): workspaces of 4 channels and 200 users, a question posted per channel and
 * drill day, answers of about 150 words (each with its near-copy signature and its current score
 * in the compact layout, scored by the real scorer against its question), 1 in 50 late, spread at
 * random over the days and the workspace's users; then the standings.
 * Ids are dense: workspace w is "W"+w, channel c "C"+c, user u "U"+u, posted question (c-1)*days+d+1.
 */
public final class WorkspaceSeed {
    public static final int CHANNELS_PER_WORKSPACE = 4;
    public static final int USERS_PER_WORKSPACE = 200;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final Instant EPOCH =
            FIRST_DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final int BATCH = 2_000;
    private static final int POOL = 2_000;
    private static final int PROGRESS = 50_000;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final int workspaces;
    private final int days;
    private final int answersPerWorkspace;
    private final List<Question> questions;
    private final Scorer scorer;

    public WorkspaceSeed(int workspaces, int days, int answersPerWorkspace, List<Question> questions, Scorer scorer) {
        this.workspaces = workspaces;
        this.days = days;
        this.answersPerWorkspace = answersPerWorkspace;
        this.questions = List.copyOf(questions);
        this.scorer = scorer;
    }

    /** One pooled answer: its text, question, signature and score. */
    private record Pooled(String body, Question question, Signature signature, Score score) {}

    public int channels() {
        return workspaces * CHANNELS_PER_WORKSPACE;
    }

    public int users() {
        return workspaces * USERS_PER_WORKSPACE;
    }

    public int answers() {
        return workspaces * answersPerWorkspace;
    }

    /** Loads everything, committing every few thousand rows; returns the number of answers. */
    public int load(DataSource dataSource) throws SQLException {
        List<List<Pooled>> pool = pool();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            places(c);
            answers(c, pool);
            for (String table : List.of("workspaces", "channels", "users", "posted_questions", "answers")) {
                long next = switch (table) {
                            case "workspaces" -> workspaces;
                            case "channels" -> channels();
                            case "users" -> users();
                            case "posted_questions" -> (long) channels() * days;
                            default -> answers();
                        }
                        + 1;
                try (Statement s = c.createStatement()) {
                    s.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
            c.commit();
            Standings.rebuild(c);
            c.commit();
        }
        return answers();
    }

    /** Per question of the bank, answers of about 150 words made of its model answer and others' sentences, figures varied. */
    private List<List<Pooled>> pool() {
        Random random = new Random(7);
        List<String> sentences = new ArrayList<>();
        questions.forEach(q -> sentences.addAll(q.modelAnswer()));
        Signer signer = new Signer();
        List<List<Pooled>> pool = new ArrayList<>();
        for (Question q : questions) {
            List<Pooled> answers = new ArrayList<>();
            for (int i = 0; i < POOL / questions.size() + 1; i++) {
                StringBuilder body = new StringBuilder();
                List<String> own = new ArrayList<>(q.modelAnswer());
                while (body.length() < 900) {
                    String s = !own.isEmpty() && random.nextInt(3) > 0
                            ? own.remove(random.nextInt(own.size()))
                            : sentences.get(random.nextInt(sentences.size()));
                    body.append(body.length() == 0 ? "" : " ").append(s);
                }
                Matcher m = NUMBER.matcher(body);
                String text = m.replaceAll(r -> String.valueOf(Integer.parseInt("0"
                                + r.group().substring(0, Math.min(6, r.group().length())))
                        + random.nextInt(9)));
                answers.add(new Pooled(text, q, signer.sign(text), scorer.score(text, java.util.Optional.of(q))));
            }
            pool.add(answers);
        }
        return pool;
    }

    private void places(Connection c) throws SQLException {
        Timestamp at = Timestamp.from(EPOCH);
        batch(
                c,
                "insert into workspaces (id, platform, external_id, name, created_at) values (?, 'slack', ?, ?, ?)",
                workspaces,
                (ps, i) -> args(ps, i + 1, "W" + (i + 1), "workspace " + (i + 1), at));
        batch(
                c,
                "insert into channels (id, workspace_id, external_id, name, created_at) values (?, ?, ?, ?, ?)",
                channels(),
                (ps, i) -> args(ps, i + 1, i / CHANNELS_PER_WORKSPACE + 1, "C" + (i + 1), "channel-" + (i + 1), at));
        batch(
                c,
                "insert into users (id, workspace_id, external_id, display_name, created_at) values (?, ?, ?, ?, ?)",
                users(),
                (ps, i) -> args(ps, i + 1, i / USERS_PER_WORKSPACE + 1, "U" + (i + 1), "user " + (i + 1), at));
        batch(
                c,
                "insert into posted_questions (id, channel_id, drill_date, question_id, category, status, claimed_at,"
                        + " posted_at, window_closes_at, message_id, thread_id, attempts) values (?, ?, ?, ?, ?, 'POSTED', ?, ?, ?, ?, ?, 1)",
                channels() * days,
                (ps, i) -> {
                    int d = i % days;
                    Question q = questions.get(i % questions.size());
                    Timestamp day = Timestamp.from(EPOCH.plus(Duration.ofDays(d)));
                    args(
                            ps,
                            i + 1,
                            i / days + 1,
                            FIRST_DAY.plusDays(d),
                            q.id(),
                            q.category(),
                            day,
                            day,
                            Timestamp.from(day.toInstant().plus(Duration.ofHours(32))),
                            "m" + (i + 1),
                            "t" + (i + 1));
                });
        c.commit();
    }

    private void answers(Connection c, List<List<Pooled>> pool) throws SQLException {
        Random random = new Random(42);
        try (PreparedStatement answers =
                        c.prepareStatement("insert into answers (id, workspace_id, user_id, posted_question_id,"
                                + " question_id, channel_id, platform_message_id, body, received_at, late, practice, copy_checked_revision,"
                                + " copy_method) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?)");
                PreparedStatement signatures =
                        c.prepareStatement("insert into answer_signatures (answer_id, revision, method,"
                                + " written_at, shingles, signature) values (?, 0, ?, ?, ?, ?)");
                PreparedStatement scores = c.prepareStatement(ScoreColumns.INSERT)) {
            for (int x = 1; x <= answers(); x++) {
                int channel = x % channels() + 1;
                int workspace = (channel - 1) / CHANNELS_PER_WORKSPACE + 1;
                int day = random.nextInt(days);
                long user = (long) (workspace - 1) * USERS_PER_WORKSPACE + random.nextInt(USERS_PER_WORKSPACE) + 1;
                long post = (long) (channel - 1) * days + day + 1;
                List<Pooled> forQuestion = pool.get((int) ((post - 1) % questions.size()));
                Pooled p = forQuestion.get(random.nextInt(forQuestion.size()));
                Timestamp at = Timestamp.from(EPOCH.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(480 + x % 600)));
                args(
                        answers,
                        x,
                        workspace,
                        user,
                        post,
                        p.question().id(),
                        channel,
                        "a" + x,
                        p.body(),
                        at,
                        x % 50 == 0,
                        Signer.METHOD);
                answers.addBatch();
                args(
                        signatures,
                        x,
                        Signer.METHOD,
                        at,
                        p.signature().shingles(),
                        p.signature().bytes());
                signatures.addBatch();
                args(
                        scores,
                        x,
                        0,
                        p.score().rubricVersion(),
                        p.score().total(),
                        p.score().band(),
                        true,
                        Timestamp.from(at.toInstant().plusSeconds(1)));
                ScoreColumns.bind(scores, 8, p.score(), p.body());
                scores.addBatch();
                if (x % BATCH == 0 || x == answers()) {
                    answers.executeBatch();
                    signatures.executeBatch();
                    scores.executeBatch();
                    c.commit();
                    if (x % PROGRESS == 0) {
                        System.out.printf("  %,d answers stored%n", x);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface Row {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    private static void batch(Connection c, String sql, int rows, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                row.bind(ps, i);
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void args(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
