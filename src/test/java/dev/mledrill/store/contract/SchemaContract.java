package dev.mledrill.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The schema's guarantees, which the exactly-once and de-duplication logic relies on; re-run
 * per database by its subclasses.
 */
abstract class SchemaContract {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC);

    protected Database db;

    protected abstract Database openDatabase();

    @BeforeEach
    void open() {
        db = openDatabase();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName("the migrations create every table the store uses")
    void migrationsCreateTables() throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            for (String table : new String[] {
                "workspaces",
                "channels",
                "users",
                "posted_questions",
                "answers",
                "answer_edits",
                "scores",
                "score_criteria",
                "processed_events"
            }) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    assertThat(rs.next()).as(table).isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("a channel gets at most one posted question per drill day")
    void onePostPerChannelDay() throws SQLException {
        try (Connection c = db.connection()) {
            long channel = channel(c);
            insertPost(c, channel, "2026-11-24");
            insertPost(c, channel, "2026-11-25");
            assertThatThrownBy(() -> insertPost(c, channel, "2026-11-24")).isInstanceOf(SQLException.class);
            assertThat(count(c, "posted_questions")).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("a platform message is stored as an answer at most once per workspace")
    void oneAnswerPerPlatformMessage() throws SQLException {
        try (Connection c = db.connection()) {
            channel(c);
            long user = insert(c, "insert into users (workspace_id, external_id, created_at) values (1, 'U1', ?)", NOW);
            insertAnswer(c, user, "1700000000.000100");
            insertAnswer(c, user, null);
            insertAnswer(c, user, null);
            assertThatThrownBy(() -> insertAnswer(c, user, "1700000000.000100")).isInstanceOf(SQLException.class);
            assertThat(count(c, "answers")).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("a platform event id is recorded once")
    void eventsRecordedOnce() throws SQLException {
        try (Connection c = db.connection()) {
            String sql = "insert into processed_events (platform, event_id, received_at) values ('slack', 'Ev1', ?)";
            execute(c, sql, NOW);
            assertThatThrownBy(() -> execute(c, sql, NOW)).isInstanceOf(SQLException.class);
        }
    }

    private long channel(Connection c) throws SQLException {
        insert(c, "insert into workspaces (platform, external_id, created_at) values ('slack', 'T1', ?)", NOW);
        return insert(c, "insert into channels (workspace_id, external_id, created_at) values (1, 'C1', ?)", NOW);
    }

    private void insertPost(Connection c, long channel, String date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into posted_questions (channel_id, drill_date, question_id,"
                        + " category, status, claimed_at, window_closes_at) values (?, ?, 'q1', 'vision', 'CLAIMED', ?, ?)")) {
            ps.setLong(1, channel);
            ps.setObject(2, java.time.LocalDate.parse(date));
            ps.setObject(3, NOW);
            ps.setObject(4, NOW.plusDays(1));
            ps.executeUpdate();
        }
    }

    private void insertAnswer(Connection c, long user, String messageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into answers (workspace_id, user_id, question_id,"
                + " platform_message_id, body, received_at) values (1, ?, 'q1', ?, 'text', ?)")) {
            ps.setLong(1, user);
            ps.setString(2, messageId);
            ps.setObject(3, NOW);
            ps.executeUpdate();
        }
    }

    private long insert(Connection c, String sql, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, at);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private void execute(Connection c, String sql, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, at);
            ps.executeUpdate();
        }
    }

    private long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
